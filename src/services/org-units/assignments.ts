/**
 * 责任分工: the plan office names one lead unit (牵头) and any co-units (配合) for each indicator,
 * task (a chapter's measures) and column project. Setting an item's units replaces the previous
 * set by revoking it — the earlier responsibility stays on record.
 */

import { fieldError } from '../../contracts/domain-error';
import {
  type Assignment,
  AssignmentRepository,
  type ItemType,
} from '../../db/repositories/assignment-repository';
import { OrgUnitRepository } from '../../db/repositories/org-unit-repository';
import { PlanRepository, type StoredPlan } from '../../db/repositories/plan-repository';
import { ProjectRepository } from '../../db/repositories/project-repository';
import { authorize } from '../authorization';
import { audit, nowOf, type ServiceContext, transaction } from '../context';

export interface AssignmentView {
  itemType: ItemType;
  itemCode: string;
  lead: string | null;
  co: string[];
}

/** Does the plan have this item? Tasks are chapters of the outline. */
export async function itemExists(
  ctx: ServiceContext,
  plan: StoredPlan,
  itemType: ItemType,
  code: string,
): Promise<boolean> {
  // Projects include those added to the library later (docs/projects.md), not only the plan's own.
  if (itemType === 'project') {
    return (
      (await new ProjectRepository(ctx.database.db, ctx.tenantId).findByCode(plan.id, code)) !== undefined
    );
  }
  const def = await new PlanRepository(ctx.database.db, ctx.tenantId).loadDefinition(plan.id);
  if (itemType === 'indicator') return def.indicators.some((i) => i.code === code);
  return def.outline.some((n) => n.id === code && n.kind === 'chapter');
}

export async function listAssignments(ctx: ServiceContext, plan: StoredPlan): Promise<AssignmentView[]> {
  authorize(ctx.actor, 'plan.read');
  const [rows, units] = await Promise.all([
    new AssignmentRepository(ctx.database.db, ctx.tenantId).forPlan(plan.id),
    new OrgUnitRepository(ctx.database.db, ctx.tenantId).list(),
  ]);
  const codeOf = new Map(units.map((u) => [u.id, u.code]));
  const byItem = new Map<string, AssignmentView>();
  for (const a of rows) {
    const key = `${a.itemType}:${a.itemCode}`;
    const view = byItem.get(key) ?? { itemType: a.itemType, itemCode: a.itemCode, lead: null, co: [] };
    const unit = codeOf.get(a.unitId) ?? String(a.unitId);
    if (a.role === 'lead') view.lead = unit;
    else view.co.push(unit);
    byItem.set(key, view);
  }
  return [...byItem.values()];
}

export async function setAssignment(
  ctx: ServiceContext,
  plan: StoredPlan,
  input: { itemType: ItemType; itemCode: string; lead: string; co: string[] },
): Promise<AssignmentView> {
  authorize(ctx.actor, 'assignment.manage');
  if (!(await itemExists(ctx, plan, input.itemType, input.itemCode))) {
    throw fieldError(
      'itemCode',
      'item_not_found',
      `规划中没有 ${input.itemCode}`,
      `the plan has no ${input.itemType} ${input.itemCode}`,
    );
  }
  if (input.co.includes(input.lead)) {
    throw fieldError(
      'co',
      'lead_also_co',
      '牵头单位不能同时是配合单位',
      'the lead unit cannot also be a co-unit',
    );
  }
  return transaction(ctx, async (tx) => {
    const units = new OrgUnitRepository(tx, ctx.tenantId);
    const ids = new Map<string, number>();
    for (const [index, code] of [input.lead, ...input.co].entries()) {
      const unit = await units.findByCode(code);
      if (!unit?.active) {
        throw fieldError(
          index === 0 ? 'lead' : `co[${index - 1}]`,
          'unit_not_found',
          `单位 ${code} 不存在或已停用`,
          `unit ${code} does not exist or is inactive`,
        );
      }
      ids.set(code, unit.id);
    }
    const repo = new AssignmentRepository(tx, ctx.tenantId);
    const before = await repo.forItem(plan.id, input.itemType, input.itemCode);
    const now = nowOf(ctx);
    await repo.revoke(
      before.map((a: Assignment) => a.id),
      ctx.actor?.id ?? null,
      now,
    );
    for (const code of [input.lead, ...input.co]) {
      await repo.insert(
        {
          planId: plan.id,
          itemType: input.itemType,
          itemCode: input.itemCode,
          unitId: ids.get(code) ?? -1,
          role: code === input.lead ? 'lead' : 'co',
          createdBy: ctx.actor?.id ?? null,
        },
        now,
      );
    }
    await new PlanRepository(tx, ctx.tenantId).bumpDataVersion(plan.id);
    const view = { itemType: input.itemType, itemCode: input.itemCode, lead: input.lead, co: input.co };
    await audit(ctx, tx, {
      action: 'assignment.set',
      entityType: input.itemType,
      entityId: `${plan.code}/${input.itemCode}`,
      before: before.map((a) => ({ unitId: a.unitId, role: a.role })),
      after: view,
    });
    return view;
  });
}
