/**
 * 部门 / 园区 / 街道: list, add, rename, deactivate (never delete: reports and history point at them).
 */

import { fieldError, notFound, versionConflict } from '../../contracts/domain-error';
import { type OrgUnit, type OrgUnitKind, OrgUnitRepository } from '../../db/repositories/org-unit-repository';
import { authorize } from '../authorization';
import { audit, nowOf, type ServiceContext, transaction } from '../context';

export async function listUnits(ctx: ServiceContext): Promise<OrgUnit[]> {
  authorize(ctx.actor, 'plan.read');
  return new OrgUnitRepository(ctx.database.db, ctx.tenantId).list();
}

export async function addUnit(
  ctx: ServiceContext,
  input: { code: string; name: string; nameEn: string; kind: OrgUnitKind },
): Promise<OrgUnit> {
  authorize(ctx.actor, 'unit.manage');
  return transaction(ctx, async (tx) => {
    const repo = new OrgUnitRepository(tx, ctx.tenantId);
    if (await repo.findByCode(input.code)) {
      throw fieldError(
        'code',
        'unit_code_taken',
        `单位编号 ${input.code} 已存在`,
        `unit code ${input.code} is taken`,
      );
    }
    const unit = await repo.insert({ ...input, namedInPlan: false }, nowOf(ctx));
    await audit(ctx, tx, { action: 'unit.add', entityType: 'unit', entityId: unit.code, after: unit });
    return unit;
  });
}

export async function updateUnit(
  ctx: ServiceContext,
  code: string,
  version: number,
  change: { name?: string; nameEn?: string; kind?: OrgUnitKind; active?: boolean },
): Promise<OrgUnit> {
  authorize(ctx.actor, 'unit.manage');
  return transaction(ctx, async (tx) => {
    const repo = new OrgUnitRepository(tx, ctx.tenantId);
    const before = await repo.findByCode(code);
    if (!before) throw notFound('unit_not_found', `单位 ${code} 不存在`, `unit ${code} not found`);
    if (!(await repo.update(before.id, version, change))) throw versionConflict(before.version);
    const after = await repo.findByCode(code);
    await audit(ctx, tx, { action: 'unit.update', entityType: 'unit', entityId: code, before, after });
    if (!after) throw new Error('unit vanished');
    return after;
  });
}
