/**
 * 填报轮次: the plan office opens a round (a period, the items and units it covers, opening and due
 * dates), watches completion by unit, reminds, extends and closes. Opening a round creates one
 * pending report per (lead unit, item), so "who has not reported" is a query, not a guess.
 */

import { badAsOf, DomainError, fieldError, notFound, versionConflict } from '../../contracts/domain-error';
import { isIsoDate, officeToday } from '../../contracts/office-calendar';
import { isPeriodText } from '../../core/period';
import { AssignmentRepository, type ItemType } from '../../db/repositories/assignment-repository';
import { OrgUnitRepository } from '../../db/repositories/org-unit-repository';
import type { StoredPlan } from '../../db/repositories/plan-repository';
import { PlanRepository } from '../../db/repositories/plan-repository';
import { ReportRepository, type ReportStatus } from '../../db/repositories/report-repository';
import { type Round, RoundRepository } from '../../db/repositories/round-repository';
import { TaskDefinitionRepository } from '../../db/repositories/task-definition-repository';
import { authorize, visibleUnit } from '../authorization';
import { audit, nowOf, type ServiceContext, transaction } from '../context';

export interface OpenRoundInput {
  name: string;
  period: string;
  opensOn: string;
  dueOn: string;
  itemTypes: ItemType[];
  itemCodes?: string[] | null;
  units?: string[] | null;
}

export async function openRound(
  ctx: ServiceContext,
  plan: StoredPlan,
  input: OpenRoundInput,
): Promise<Round> {
  authorize(ctx.actor, 'round.manage');
  if (!isPeriodText(input.period)) throw badAsOf(input.period);
  if (!isIsoDate(input.opensOn))
    throw fieldError('opensOn', 'bad_date', '开始日期应为 YYYY-MM-DD', 'opensOn must be YYYY-MM-DD');
  if (!isIsoDate(input.dueOn))
    throw fieldError('dueOn', 'bad_date', '截止日期应为 YYYY-MM-DD', 'dueOn must be YYYY-MM-DD');
  if (input.dueOn < input.opensOn) {
    throw fieldError(
      'dueOn',
      'due_before_open',
      '截止日期早于开始日期',
      'the due date is before the opening date',
    );
  }
  return transaction(ctx, async (tx) => {
    const units = new OrgUnitRepository(tx, ctx.tenantId);
    let unitIds: number[] | null = null;
    if (input.units && input.units.length > 0) {
      unitIds = [];
      for (const [i, code] of input.units.entries()) {
        const unit = await units.findByCode(code);
        if (!unit)
          throw fieldError(`units[${i}]`, 'unit_not_found', `单位 ${code} 不存在`, `unit ${code} not found`);
        unitIds.push(unit.id);
      }
    }
    const leads = (await new AssignmentRepository(tx, ctx.tenantId).forPlan(plan.id)).filter(
      (a) =>
        a.role === 'lead' &&
        input.itemTypes.includes(a.itemType) &&
        (!input.itemCodes || input.itemCodes.length === 0 || input.itemCodes.includes(a.itemCode)) &&
        (unitIds === null || unitIds.includes(a.unitId)),
    );
    // Key tasks carry their lead unit themselves (tasks.json, docs/tasks.md): a round that covers
    // tasks includes every task's lead unit; their reports live in the task ledger, not in `reports`.
    const taskLeadIds = input.itemTypes.includes('task')
      ? await taskLeadUnitIds(tx, ctx.tenantId, plan.id, input.itemCodes ?? null, unitIds)
      : [];
    if (leads.length === 0 && taskLeadIds.length === 0) {
      throw new DomainError('round_empty', {
        zh: '范围内没有已分配牵头单位的事项,请先在“责任分工”中分配',
        en: 'no item in scope has a lead unit; assign responsibilities first',
      });
    }
    const now = nowOf(ctx);
    const rounds = new RoundRepository(tx, ctx.tenantId);
    const round = await rounds.insert({
      planId: plan.id,
      name: input.name,
      period: input.period,
      opensOn: input.opensOn,
      dueOn: input.dueOn,
      status: 'open',
      scope: { itemTypes: input.itemTypes, itemCodes: input.itemCodes ?? null, unitIds },
      createdBy: ctx.actor?.id ?? null,
      createdAt: now,
    });
    const unitSet = [...new Set([...leads.map((a) => a.unitId), ...taskLeadIds])];
    await rounds.insertUnits(
      round.id,
      unitSet.map((unitId) => ({ unitId, dueOn: input.dueOn })),
    );
    await new ReportRepository(tx, ctx.tenantId).insertPending(
      leads.map((a) => ({
        planId: plan.id,
        roundId: round.id,
        unitId: a.unitId,
        itemType: a.itemType,
        itemCode: a.itemCode,
        period: input.period,
      })),
      now,
    );
    await new PlanRepository(tx, ctx.tenantId).bumpDataVersion(plan.id);
    await audit(ctx, tx, {
      action: 'round.open',
      entityType: 'round',
      entityId: String(round.id),
      after: { ...round, reports: leads.length, units: unitSet.length },
    });
    return round;
  });
}

async function taskLeadUnitIds(
  tx: Parameters<Parameters<typeof transaction>[1]>[0],
  tenantId: number,
  planId: number,
  itemCodes: readonly string[] | null,
  unitIds: readonly number[] | null,
): Promise<number[]> {
  const [tasks, units] = await Promise.all([
    new TaskDefinitionRepository(tx, tenantId).list(planId),
    new OrgUnitRepository(tx, tenantId).list(),
  ]);
  const idOf = new Map(units.map((u) => [u.code, u.id]));
  return tasks
    .filter((t) => !itemCodes || itemCodes.length === 0 || itemCodes.includes(t.code))
    .flatMap((t) => {
      const id = idOf.get(t.lead);
      return id === undefined || (unitIds !== null && !unitIds.includes(id)) ? [] : [id];
    });
}

export async function listRounds(ctx: ServiceContext, plan: StoredPlan): Promise<Round[]> {
  authorize(ctx.actor, 'round.read');
  return new RoundRepository(ctx.database.db, ctx.tenantId).list(plan.id);
}

export async function getRound(ctx: ServiceContext, roundId: number): Promise<Round> {
  authorize(ctx.actor, 'round.read');
  const round = await new RoundRepository(ctx.database.db, ctx.tenantId).findById(roundId);
  if (!round) throw notFound('round_not_found', `填报轮次 ${roundId} 不存在`, `round ${roundId} not found`);
  return round;
}

export interface UnitProgress {
  unit: string;
  unitName: string;
  dueOn: string;
  total: number;
  counts: Record<ReportStatus, number>;
  /** Past its due date with reports neither submitted nor approved. */
  overdue: boolean;
  complete: boolean;
  reminders: number;
  lastRemindedAt: string | null;
}

/** Completion by unit: what the plan office watches while a round is open. */
export async function roundProgress(ctx: ServiceContext, roundId: number): Promise<UnitProgress[]> {
  const actor = authorize(ctx.actor, 'round.read');
  const round = await getRound(ctx, roundId);
  const [roundUnits, reports, units] = await Promise.all([
    new RoundRepository(ctx.database.db, ctx.tenantId).units(round.id),
    new ReportRepository(ctx.database.db, ctx.tenantId).list({ roundId: round.id }),
    new OrgUnitRepository(ctx.database.db, ctx.tenantId).list(),
  ]);
  const today = officeToday(ctx.clock);
  const only = visibleUnit(actor);
  return roundUnits
    .filter((ru) => only === null || ru.unitId === only)
    .map((ru) => {
      const mine = reports.filter((r) => r.unitId === ru.unitId);
      const counts: Record<ReportStatus, number> = {
        pending: 0,
        draft: 0,
        submitted: 0,
        approved: 0,
        returned: 0,
      };
      for (const r of mine) counts[r.status] += 1;
      const outstanding = counts.pending + counts.draft + counts.returned;
      const unit = units.find((u) => u.id === ru.unitId);
      return {
        unit: unit?.code ?? String(ru.unitId),
        unitName: unit?.name ?? '',
        dueOn: ru.dueOn,
        total: mine.length,
        counts,
        overdue: round.status === 'open' && outstanding > 0 && today > ru.dueOn,
        complete: counts.approved === mine.length,
        reminders: ru.reminders,
        lastRemindedAt: ru.lastRemindedAt,
      };
    });
}

async function roundUnitId(ctx: ServiceContext, round: Round, unitCode: string): Promise<number> {
  const unit = await new OrgUnitRepository(ctx.database.db, ctx.tenantId).findByCode(unitCode);
  const inRound =
    unit &&
    (await new RoundRepository(ctx.database.db, ctx.tenantId).units(round.id)).some(
      (u) => u.unitId === unit.id,
    );
  if (!unit || !inRound)
    throw fieldError(
      'unit',
      'unit_not_in_round',
      `单位 ${unitCode} 不在本轮次中`,
      `unit ${unitCode} is not in this round`,
    );
  return unit.id;
}

/** 催报: recorded on the unit's row and shown in its inbox. */
export async function remindUnit(ctx: ServiceContext, roundId: number, unitCode: string): Promise<void> {
  authorize(ctx.actor, 'round.manage');
  const round = await getRound(ctx, roundId);
  const unitId = await roundUnitId(ctx, round, unitCode);
  await transaction(ctx, async (tx) => {
    await new RoundRepository(tx, ctx.tenantId).remindUnit(round.id, unitId, nowOf(ctx));
    await new PlanRepository(tx, ctx.tenantId).bumpDataVersion(round.planId);
    await audit(ctx, tx, {
      action: 'round.remind',
      entityType: 'round',
      entityId: `${round.id}/${unitCode}`,
    });
  });
}

/** 延期: a new due date for one unit, or for the whole round when no unit is named. */
export async function extendRound(
  ctx: ServiceContext,
  roundId: number,
  dueOn: string,
  unitCode?: string,
): Promise<void> {
  authorize(ctx.actor, 'round.manage');
  if (!isIsoDate(dueOn))
    throw fieldError('dueOn', 'bad_date', '截止日期应为 YYYY-MM-DD', 'dueOn must be YYYY-MM-DD');
  const round = await getRound(ctx, roundId);
  if (dueOn < round.opensOn)
    throw fieldError(
      'dueOn',
      'due_before_open',
      '截止日期早于开始日期',
      'the due date is before the opening date',
    );
  const unitId = unitCode ? await roundUnitId(ctx, round, unitCode) : null;
  await transaction(ctx, async (tx) => {
    const rounds = new RoundRepository(tx, ctx.tenantId);
    if (unitId === null) {
      if (!(await rounds.update(round.id, round.version, { dueOn }))) throw versionConflict(round.version);
      for (const ru of await rounds.units(round.id)) await rounds.extendUnit(round.id, ru.unitId, dueOn);
    } else {
      await rounds.extendUnit(round.id, unitId, dueOn);
    }
    await new PlanRepository(tx, ctx.tenantId).bumpDataVersion(round.planId);
    await audit(ctx, tx, {
      action: 'round.extend',
      entityType: 'round',
      entityId: unitCode ? `${round.id}/${unitCode}` : String(round.id),
      before: { dueOn: round.dueOn },
      after: { dueOn },
    });
  });
}

export async function closeRound(ctx: ServiceContext, roundId: number, version: number): Promise<void> {
  authorize(ctx.actor, 'round.manage');
  const round = await getRound(ctx, roundId);
  await transaction(ctx, async (tx) => {
    if (!(await new RoundRepository(tx, ctx.tenantId).update(round.id, version, { status: 'closed' }))) {
      throw versionConflict(round.version);
    }
    await new PlanRepository(tx, ctx.tenantId).bumpDataVersion(round.planId);
    await new PlanRepository(tx, ctx.tenantId).bumpDataVersion(round.planId);
    await audit(ctx, tx, { action: 'round.close', entityType: 'round', entityId: String(round.id) });
  });
}
