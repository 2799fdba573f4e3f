/**
 * The ledger (台账) of an indicator: values as revisions with who, when and why. The plan office may
 * enter values directly; an administrator may restore an earlier revision, which is a new revision.
 * Writes carry the revision they read; a stale write gets version_conflict (409) and loses nothing.
 */

import { DomainError, fieldError, notFound } from '../../contracts/domain-error';
import type { Measure } from '../../core/model';
import { isPeriodText } from '../../core/period';
import { isUniqueViolation } from '../../db/dialect';
import type { Executor } from '../../db/repositories/executor';
import {
  type LedgerEntry,
  type NewLedgerEntry,
  ObservationRepository,
} from '../../db/repositories/observation-repository';
import { PlanRepository, type StoredPlan } from '../../db/repositories/plan-repository';
import { UserRepository } from '../../db/repositories/user-repository';
import { authorize } from '../authorization';
import { audit, nowOf, type ServiceContext, transaction } from '../context';

export interface LedgerRevision extends LedgerEntry {
  createdByName: string | null;
  /** true for the revision that counts now for its (period, measure). */
  current: boolean;
}

export async function indicatorLedger(
  ctx: ServiceContext,
  plan: StoredPlan,
  indicatorCode: string,
): Promise<LedgerRevision[]> {
  authorize(ctx.actor, 'plan.read');
  const repo = new ObservationRepository(ctx.database.db, ctx.tenantId);
  const [history, current, users] = await Promise.all([
    repo.history(plan.id, indicatorCode),
    repo.current(plan.id),
    new UserRepository(ctx.database.db, ctx.tenantId).list(),
  ]);
  const currentIds = new Set(current.filter((c) => c.indicatorCode === indicatorCode).map((c) => c.id));
  const names = new Map(users.map((u) => [u.id, u.displayName]));
  return history.map((e) => ({
    ...e,
    createdByName: e.createdBy === null ? null : (names.get(e.createdBy) ?? null),
    current: currentIds.has(e.id),
  }));
}

/**
 * Appends the next revision of a key in its layer, refusing when the caller read an older revision.
 * Shared by direct entry and report approval (layer `reported`) and restore (the old row's layer).
 */
export async function appendValue(
  ctx: ServiceContext,
  tx: Executor,
  plan: StoredPlan,
  entry: NewLedgerEntry,
  expectedRevision: number | null,
): Promise<LedgerEntry> {
  const repo = new ObservationRepository(tx, ctx.tenantId);
  const key = {
    indicatorCode: entry.indicatorCode,
    period: entry.period,
    measure: entry.measure,
    layer: entry.layer,
  };
  const latest = await repo.latestRevision(plan.id, key);
  if (expectedRevision !== null && expectedRevision !== latest) throw revisionConflict(latest);
  try {
    const saved = await repo.append(plan.id, entry, latest + 1, nowOf(ctx));
    await new PlanRepository(tx, ctx.tenantId).bumpDataVersion(plan.id);
    return saved;
  } catch (error) {
    // Another writer appended the same revision between our read and our insert.
    if (isUniqueViolation(error)) throw revisionConflict(latest + 1);
    throw error;
  }
}

function revisionConflict(current: number): DomainError {
  return new DomainError(
    'version_conflict',
    {
      zh: `该数值已被他人修改(当前修订号 ${current}),请刷新后重试`,
      en: `the value was changed by someone else (current revision ${current}); reload and try again`,
    },
    [],
    { currentVersion: current },
  );
}

export interface ValueInput {
  period: string;
  measure: Measure;
  value: number;
  reason: string;
  source?: string | null;
  /** The revision the client read (0 when there was none). */
  expectedRevision: number;
}

async function requireIndicator(ctx: ServiceContext, plan: StoredPlan, code: string): Promise<void> {
  const def = await new PlanRepository(ctx.database.db, ctx.tenantId).loadDefinition(plan.id);
  if (!def.indicators.some((i) => i.code === code)) {
    throw notFound('indicator_not_found', `指标 ${code} 不存在`, `indicator ${code} not found`);
  }
}

export async function recordValue(
  ctx: ServiceContext,
  plan: StoredPlan,
  indicatorCode: string,
  input: ValueInput,
): Promise<LedgerEntry> {
  authorize(ctx.actor, 'ledger.write');
  await requireIndicator(ctx, plan, indicatorCode);
  if (!isPeriodText(input.period)) {
    throw fieldError(
      'period',
      'bad_period',
      '期间应为 2023、2023-Q3 或 2023-09',
      'period must be 2023, 2023-Q3 or 2023-09',
    );
  }
  return transaction(ctx, async (tx) => {
    const saved = await appendValue(
      ctx,
      tx,
      plan,
      {
        layer: 'reported',
        indicatorCode,
        period: input.period,
        measure: input.measure,
        value: input.value,
        source: input.source ?? null,
        reason: input.reason,
        createdBy: ctx.actor?.id ?? null,
      },
      input.expectedRevision,
    );
    await audit(ctx, tx, {
      action: 'ledger.record',
      entityType: 'indicator',
      entityId: `${plan.code}/${indicatorCode}`,
      after: saved,
    });
    return saved;
  });
}

/** Restores an earlier revision's value as a new revision of the same layer (nothing is overwritten). */
export async function restoreRevision(
  ctx: ServiceContext,
  plan: StoredPlan,
  observationId: number,
  reason: string,
): Promise<LedgerEntry> {
  authorize(ctx.actor, 'ledger.restore');
  const repo = new ObservationRepository(ctx.database.db, ctx.tenantId);
  const old = await repo.findById(observationId);
  if (!old || old.planId !== plan.id) {
    throw notFound(
      'revision_not_found',
      `修订记录 ${observationId} 不存在`,
      `revision ${observationId} not found`,
    );
  }
  return transaction(ctx, async (tx) => {
    const saved = await appendValue(
      ctx,
      tx,
      plan,
      {
        layer: old.layer,
        indicatorCode: old.indicatorCode,
        period: old.period,
        measure: old.measure,
        value: old.value,
        source: old.source,
        reason: `恢复修订 #${old.id}(${old.layer} r${old.revision}):${reason} / restored revision #${old.id}: ${reason}`,
        createdBy: ctx.actor?.id ?? null,
      },
      null,
    );
    await audit(ctx, tx, {
      action: 'ledger.restore',
      entityType: 'indicator',
      entityId: `${plan.code}/${old.indicatorCode}`,
      before: old,
      after: saved,
    });
    return saved;
  });
}
