/**
 * Who may see and touch which project. The office and leaders see every project; a unit user sees the
 * projects their unit has a part in (lead, co-unit, park, a milestone or a problem), and to them any
 * other project is "not found" — as other units' reports are.
 */

import { notFound } from '../../contracts/domain-error';
import type { ProjectRow } from '../../db/repositories/project-repository';
import { type Actor, authorize, visibleUnit } from '../authorization';
import type { ServiceContext } from '../context';
import { involvedUnitIds, type ProjectFacts } from './project-facts';

export function projectNotFound(code: string) {
  return notFound('project_not_found', `项目 ${code} 不存在`, `project ${code} not found`);
}

/** A project the actor may see, or project_not_found. */
export function requireProject(ctx: ServiceContext, facts: ProjectFacts, code: string): ProjectRow {
  const actor = authorize(ctx.actor, 'plan.read');
  const project = facts.projects.find((p) => p.code === code);
  const only = visibleUnit(actor);
  if (!project || (only !== null && !involvedUnitIds(facts, project).has(only))) throw projectNotFound(code);
  return project;
}

/**
 * `project.report` on behalf of one of `unitIds`: the office acts for any unit, a unit user only for
 * their own (403 otherwise).
 */
export function authorizeForUnits(actor: Actor | null, unitIds: readonly number[]): Actor {
  const who = authorize(actor, 'project.report');
  if (visibleUnit(who) === null) return who;
  const own = unitIds.find((id) => id === who.unitId);
  return authorize(who, 'project.report', own ?? unitIds[0] ?? -1);
}
