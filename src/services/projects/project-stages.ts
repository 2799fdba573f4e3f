/**
 * Moving a project through 谋划 → 储备 → 前期 → 在建 → 竣工 → 投产 (docs/projects.md §1). Each move is
 * dated, with who and why; one step forward needs no reason, a skip forward or any step back is
 * refused without one. Moves are recorded in date order, and the full history is kept.
 */

import { DomainError } from '../../contracts/domain-error';
import type { InputIssue } from '../../contracts/issue';
import { officeToday } from '../../contracts/office-calendar';
import { moveNeedsReason, type ProjectStage, stageMoveKind, stageNames } from '../../core/project-stage';
import type { StoredPlan } from '../../db/repositories/plan-repository';
import { ProjectStageRepository } from '../../db/repositories/project-stage-repository';
import { authorize } from '../authorization';
import { nowOf, type ServiceContext, transaction } from '../context';
import { requireProject } from './project-access';
import { saveProjectVersion } from './project-editing';
import { loadProjectFacts, type ProjectView, projectView } from './project-facts';
import { checkDate, checkPastDate, checkStage, issue, throwIssues } from './project-input';

export interface StageMoveInput {
  stage: string;
  /** The day the project entered the stage (YYYY-MM-DD), not after today. */
  on: string;
  reason?: string | null | undefined;
  /** The project version the client read. */
  version: number;
}

export async function moveStage(
  ctx: ServiceContext,
  plan: StoredPlan,
  code: string,
  input: StageMoveInput,
): Promise<ProjectView> {
  authorize(ctx.actor, 'project.manage');
  const facts = await loadProjectFacts(ctx, plan);
  const project = requireProject(ctx, facts, code);
  const issues: InputIssue[] = [];
  checkStage(issues, 'stage', input.stage);
  checkDate(issues, 'on', input.on);
  checkPastDate(ctx, issues, 'on', input.on);
  throwIssues(issues);
  const from = project.stage as ProjectStage;
  const to = input.stage as ProjectStage;
  const kind = stageMoveKind(from, to);
  if (kind === 'same') {
    throw new DomainError('stage_unchanged', {
      zh: `项目已处于“${stageNames[to].zh}”阶段`,
      en: `the project is already ${stageNames[to].en}`,
    });
  }
  const reason = input.reason?.trim() ?? '';
  if (moveNeedsReason(kind) && !reason) {
    const zh =
      kind === 'back'
        ? `从“${stageNames[from].zh}”退回“${stageNames[to].zh}”须写明原因`
        : `从“${stageNames[from].zh}”跨阶段调整到“${stageNames[to].zh}”须写明原因`;
    const en =
      kind === 'back'
        ? `moving back from ${stageNames[from].en} to ${stageNames[to].en} needs a reason`
        : `skipping from ${stageNames[from].en} to ${stageNames[to].en} needs a reason`;
    issues.push(
      issue('reason', kind === 'back' ? 'stage_back_needs_reason' : 'stage_skip_needs_reason', zh, en),
    );
  }
  const last = (facts.moves.get(code) ?? []).at(-1);
  if (last && input.on < last.movedOn) {
    issues.push(
      issue(
        'on',
        'stage_date_before_previous',
        `调整日期 ${input.on} 早于上一次阶段变化(${last.movedOn})`,
        `${input.on} is before the previous stage change (${last.movedOn})`,
      ),
    );
  }
  throwIssues(issues);
  const why =
    reason || `${stageNames[from].zh}→${stageNames[to].zh} / ${stageNames[from].en} → ${stageNames[to].en}`;
  return transaction(ctx, async (tx) => {
    const saved = await saveProjectVersion(
      ctx,
      tx,
      plan,
      facts,
      project,
      input.version,
      { stage: to },
      undefined,
      why,
      'project.stage',
    );
    await new ProjectStageRepository(tx, ctx.tenantId).append(plan.id, {
      projectCode: code,
      fromStage: from,
      toStage: to,
      movedOn: input.on,
      kind,
      reason: reason || null,
      createdBy: ctx.actor?.id ?? null,
      createdAt: nowOf(ctx),
    });
    const after = await loadProjectFacts(ctx, plan, tx);
    return projectView(after, saved, officeToday(ctx.clock));
  });
}
