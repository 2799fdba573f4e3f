/**
 * 填报轮次 and the units each round covers (with their own due dates after extensions).
 */

import type { Selectable } from 'kysely';
import type { RoundsTable } from '../schema';
import type { ItemType } from './assignment-repository';
import type { Executor } from './executor';

export type RoundStatus = 'open' | 'closed';

export interface RoundScope {
  itemTypes: ItemType[];
  /** null: every item of those types that has a lead unit. */
  itemCodes: string[] | null;
  /** null: every unit that leads an item in scope. */
  unitIds: number[] | null;
}

export interface Round {
  id: number;
  planId: number;
  name: string;
  period: string;
  opensOn: string;
  dueOn: string;
  status: RoundStatus;
  scope: RoundScope;
  version: number;
  createdBy: number | null;
  createdAt: string;
}

export interface RoundUnit {
  id: number;
  roundId: number;
  unitId: number;
  dueOn: string;
  reminders: number;
  lastRemindedAt: string | null;
}

export class RoundRepository {
  constructor(
    private readonly db: Executor,
    private readonly tenantId: number,
  ) {}

  private base() {
    return this.db.selectFrom('rounds').selectAll().where('tenant_id', '=', this.tenantId);
  }

  async list(planId: number): Promise<Round[]> {
    return (await this.base().where('plan_id', '=', planId).orderBy('id', 'desc').execute()).map(toRound);
  }

  async findById(id: number): Promise<Round | undefined> {
    const row = await this.base().where('id', '=', id).executeTakeFirst();
    return row && toRound(row);
  }

  async insert(r: Omit<Round, 'id' | 'version'>): Promise<Round> {
    const { id } = await this.db
      .insertInto('rounds')
      .values({
        tenant_id: this.tenantId,
        plan_id: r.planId,
        name: r.name,
        period: r.period,
        opens_on: r.opensOn,
        due_on: r.dueOn,
        status: r.status,
        scope_json: JSON.stringify(r.scope),
        created_by: r.createdBy,
        created_at: r.createdAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { ...r, id, version: 1 };
  }

  async update(
    id: number,
    version: number,
    change: Partial<Pick<Round, 'status' | 'dueOn' | 'name'>>,
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('rounds')
      .set({
        ...(change.status === undefined ? {} : { status: change.status }),
        ...(change.dueOn === undefined ? {} : { due_on: change.dueOn }),
        ...(change.name === undefined ? {} : { name: change.name }),
        version: version + 1,
      })
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async insertUnits(roundId: number, units: readonly { unitId: number; dueOn: string }[]): Promise<void> {
    if (units.length === 0) return;
    await this.db
      .insertInto('round_units')
      .values(
        units.map((u) => ({
          tenant_id: this.tenantId,
          round_id: roundId,
          unit_id: u.unitId,
          due_on: u.dueOn,
        })),
      )
      .execute();
  }

  async units(roundId: number): Promise<RoundUnit[]> {
    const rows = await this.db
      .selectFrom('round_units')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('round_id', '=', roundId)
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      roundId: r.round_id,
      unitId: r.unit_id,
      dueOn: r.due_on,
      reminders: r.reminders,
      lastRemindedAt: r.last_reminded_at,
    }));
  }

  async extendUnit(roundId: number, unitId: number, dueOn: string): Promise<void> {
    await this.db
      .updateTable('round_units')
      .set({ due_on: dueOn })
      .where('tenant_id', '=', this.tenantId)
      .where('round_id', '=', roundId)
      .where('unit_id', '=', unitId)
      .execute();
  }

  async remindUnit(roundId: number, unitId: number, now: string): Promise<void> {
    await this.db
      .updateTable('round_units')
      .set({ reminders: (eb) => eb('reminders', '+', 1), last_reminded_at: now })
      .where('tenant_id', '=', this.tenantId)
      .where('round_id', '=', roundId)
      .where('unit_id', '=', unitId)
      .execute();
  }
}

function toRound(
  r: Pick<
    Selectable<RoundsTable>,
    | 'id'
    | 'plan_id'
    | 'name'
    | 'period'
    | 'opens_on'
    | 'due_on'
    | 'status'
    | 'scope_json'
    | 'version'
    | 'created_by'
    | 'created_at'
  >,
): Round {
  return {
    id: r.id,
    planId: r.plan_id,
    name: r.name,
    period: r.period,
    opensOn: r.opens_on,
    dueOn: r.due_on,
    status: r.status as RoundStatus,
    scope: JSON.parse(r.scope_json) as RoundScope,
    version: r.version,
    createdBy: r.created_by,
    createdAt: r.created_at,
  };
}
