/**
 * 预警 for stuck projects at an evaluation date (rules in core/project-warnings.ts, docs/projects.md §6),
 * over the projects the actor may see.
 */

import { fieldError } from '../../contracts/domain-error';
import {
  collectProjectWarnings,
  defaultProjectWarningSettings,
  type ProjectWarning,
  type ProjectWarningSettings,
} from '../../core/project-warnings';
import type { StoredPlan } from '../../db/repositories/plan-repository';
import type { ProjectRow } from '../../db/repositories/project-repository';
import { authorize } from '../authorization';
import type { ServiceContext } from '../context';
import { resolveAsOf } from './project-dates';
import {
  loadProjectFacts,
  type ProjectFacts,
  projectView,
  visibleProjects,
  warningInput,
} from './project-facts';

export function warningSettings(marginPoints: number | undefined): ProjectWarningSettings {
  if (marginPoints === undefined) return defaultProjectWarningSettings;
  if (!(Number.isFinite(marginPoints) && marginPoints >= 0 && marginPoints <= 100)) {
    throw fieldError(
      'margin',
      'bad_margin',
      '预警线应为0–100个百分点',
      'the warning margin must be 0–100 percentage points',
    );
  }
  return { marginPoints };
}

export function warningsOf(
  facts: ProjectFacts,
  projects: readonly ProjectRow[],
  asOf: string,
  settings: ProjectWarningSettings,
): ProjectWarning[] {
  const inputs = projects.map((p) => warningInput(facts, projectView(facts, p, asOf)));
  return collectProjectWarnings(inputs, asOf, settings);
}

export async function projectWarningList(
  ctx: ServiceContext,
  plan: StoredPlan,
  options: { asOf?: string | undefined; marginPoints?: number | undefined } = {},
): Promise<{ asOf: string; marginPoints: number; warnings: ProjectWarning[] }> {
  const actor = authorize(ctx.actor, 'plan.read');
  const asOf = resolveAsOf(ctx, options.asOf);
  const settings = warningSettings(options.marginPoints);
  const facts = await loadProjectFacts(ctx, plan);
  return {
    asOf,
    marginPoints: settings.marginPoints,
    warnings: warningsOf(facts, visibleProjects(actor, facts), asOf, settings),
  };
}
