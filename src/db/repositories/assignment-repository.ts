/**
 * 责任分工: which unit leads (牵头) or co-operates (配合) on an indicator, task or project.
 * Revoking keeps the row (who and when), so the history of responsibility is never lost.
 */

import type { Selectable } from 'kysely';
import type { AssignmentsTable } from '../schema';
import type { Executor } from './executor';

export type ItemType = 'indicator' | 'task' | 'project';
export type AssignmentRole = 'lead' | 'co';

export interface Assignment {
  id: number;
  planId: number;
  itemType: ItemType;
  itemCode: string;
  unitId: number;
  role: AssignmentRole;
  createdBy: number | null;
  createdAt: string;
}

export class AssignmentRepository {
  constructor(
    private readonly db: Executor,
    private readonly tenantId: number,
  ) {}

  private active() {
    return this.db
      .selectFrom('assignments')
      .select(['id', 'plan_id', 'item_type', 'item_code', 'unit_id', 'role', 'created_by', 'created_at'])
      .where('tenant_id', '=', this.tenantId)
      .where('revoked_at', 'is', null);
  }

  async forPlan(planId: number): Promise<Assignment[]> {
    return (await this.active().where('plan_id', '=', planId).orderBy('id').execute()).map(toAssignment);
  }

  async forItem(planId: number, itemType: ItemType, itemCode: string): Promise<Assignment[]> {
    const rows = await this.active()
      .where('plan_id', '=', planId)
      .where('item_type', '=', itemType)
      .where('item_code', '=', itemCode)
      .orderBy('id')
      .execute();
    return rows.map(toAssignment);
  }

  async forUnit(planId: number, unitId: number): Promise<Assignment[]> {
    const rows = await this.active()
      .where('plan_id', '=', planId)
      .where('unit_id', '=', unitId)
      .orderBy('id')
      .execute();
    return rows.map(toAssignment);
  }

  async insert(a: Omit<Assignment, 'id' | 'createdAt'>, now: string): Promise<Assignment> {
    const { id } = await this.db
      .insertInto('assignments')
      .values({
        tenant_id: this.tenantId,
        plan_id: a.planId,
        item_type: a.itemType,
        item_code: a.itemCode,
        unit_id: a.unitId,
        role: a.role,
        created_by: a.createdBy,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { ...a, id, createdAt: now };
  }

  async revoke(ids: readonly number[], by: number | null, now: string): Promise<void> {
    if (ids.length === 0) return;
    await this.db
      .updateTable('assignments')
      .set({ revoked_at: now, revoked_by: by })
      .where('tenant_id', '=', this.tenantId)
      .where('id', 'in', ids)
      .where('revoked_at', 'is', null)
      .execute();
  }
}

function toAssignment(
  r: Pick<
    Selectable<AssignmentsTable>,
    'id' | 'plan_id' | 'item_type' | 'item_code' | 'unit_id' | 'role' | 'created_by' | 'created_at'
  >,
): Assignment {
  return {
    id: r.id,
    planId: r.plan_id,
    itemType: r.item_type as ItemType,
    itemCode: r.item_code,
    unitId: r.unit_id,
    role: r.role as AssignmentRole,
    createdBy: r.created_by,
    createdAt: r.created_at,
  };
}
