/**
 * 存在问题 / 下一步建议: what the plan office writes into an evaluation report, kept in Lantu with the
 * plan, report kind and evaluation date, every save a revision (the numbers around it are computed,
 * these words are the office's).
 */

import { versionConflict } from '../../contracts/domain-error';
import type { StoredPlan } from '../../db/repositories/plan-repository';
import {
  ReportNarrativeRepository,
  type ReportNarrativeRevision,
} from '../../db/repositories/report-narrative-repository';
import { UserRepository } from '../../db/repositories/user-repository';
import { authorize } from '../authorization';
import { audit, nowOf, type ServiceContext, transaction } from '../context';

export type ReportKindName = 'annual' | 'midterm' | 'final';

export interface NarrativeView {
  problems: string;
  nextSteps: string;
  revision: number;
  history: (ReportNarrativeRevision & { createdByName: string | null })[];
}

export async function getNarrative(
  ctx: ServiceContext,
  plan: StoredPlan,
  kind: ReportKindName,
  asOf: string,
): Promise<NarrativeView> {
  authorize(ctx.actor, 'plan.read');
  const [revisions, users] = await Promise.all([
    new ReportNarrativeRepository(ctx.database.db, ctx.tenantId).history(plan.id, kind, asOf),
    new UserRepository(ctx.database.db, ctx.tenantId).list(),
  ]);
  const names = new Map(users.map((u) => [u.id, u.displayName]));
  const history = revisions.map((r) => ({
    ...r,
    createdByName: r.createdBy === null ? null : (names.get(r.createdBy) ?? null),
  }));
  const latest = history.at(-1);
  return {
    problems: latest?.problems ?? '',
    nextSteps: latest?.nextSteps ?? '',
    revision: latest?.revision ?? 0,
    history,
  };
}

export async function saveNarrative(
  ctx: ServiceContext,
  plan: StoredPlan,
  kind: ReportKindName,
  asOf: string,
  input: { problems: string; nextSteps: string; expectedRevision: number },
): Promise<NarrativeView> {
  authorize(ctx.actor, 'plan.manage');
  await transaction(ctx, async (tx) => {
    const repo = new ReportNarrativeRepository(tx, ctx.tenantId);
    const current = (await repo.history(plan.id, kind, asOf)).at(-1)?.revision ?? 0;
    if (current !== input.expectedRevision) throw versionConflict(current);
    await repo.append(plan.id, { kind, asOf }, current + 1, input, ctx.actor?.id ?? null, nowOf(ctx));
    await audit(ctx, tx, {
      action: 'report.narrative',
      entityType: 'plan',
      entityId: `${plan.code}/${kind}/${asOf}`,
      after: { revision: current + 1 },
    });
  });
  return getNarrative(ctx, plan, kind, asOf);
}
