/**
 * 督办单 on tasks: the notice holds its current state (reply due, status, closing date); every step —
 * issue, reply, extension, 销号 — is appended as an event with its office date and who took it.
 */
import type { Selectable } from 'kysely';
import type { TaskSupervisionEventsTable, TaskSupervisionsTable } from '../schema';
import type { Executor } from './executor';

export type SupervisionStatus = 'open' | 'replied' | 'closed';
export type SupervisionAction = 'issue' | 'reply' | 'extend' | 'close';

export interface Supervision {
  id: number;
  planId: number;
  taskCode: string;
  unit: string;
  text: string;
  issuedOn: string;
  replyDue: string;
  status: SupervisionStatus;
  closedOn: string | null;
  version: number;
  createdBy: number | null;
  createdAt: string;
}

export interface SupervisionEvent {
  id: number;
  supervisionId: number;
  action: SupervisionAction;
  text: string | null;
  dueOn: string | null;
  onDate: string;
  createdBy: number | null;
  createdAt: string;
}

const toSupervision = (r: Selectable<TaskSupervisionsTable>): Supervision => ({
  id: r.id,
  planId: r.plan_id,
  taskCode: r.task_code,
  unit: r.unit_code,
  text: r.text,
  issuedOn: r.issued_on,
  replyDue: r.reply_due,
  status: r.status as SupervisionStatus,
  closedOn: r.closed_on,
  version: r.version,
  createdBy: r.created_by,
  createdAt: r.created_at,
});

const toEvent = (r: Selectable<TaskSupervisionEventsTable>): SupervisionEvent => ({
  id: r.id,
  supervisionId: r.supervision_id,
  action: r.action as SupervisionAction,
  text: r.text,
  dueOn: r.due_on,
  onDate: r.on_date,
  createdBy: r.created_by,
  createdAt: r.created_at,
});

export class TaskSupervisionRepository {
  constructor(
    private readonly db: Executor,
    private readonly tenantId: number,
  ) {}

  async list(planId: number): Promise<Supervision[]> {
    const rows = await this.db
      .selectFrom('task_supervisions')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('plan_id', '=', planId)
      .orderBy('id')
      .execute();
    return rows.map(toSupervision);
  }

  async findById(id: number): Promise<Supervision | undefined> {
    const row = await this.db
      .selectFrom('task_supervisions')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toSupervision(row);
  }

  async insert(s: Omit<Supervision, 'id' | 'version' | 'status' | 'closedOn'>): Promise<Supervision> {
    const { id } = await this.db
      .insertInto('task_supervisions')
      .values({
        tenant_id: this.tenantId,
        plan_id: s.planId,
        task_code: s.taskCode,
        unit_code: s.unit,
        text: s.text,
        issued_on: s.issuedOn,
        reply_due: s.replyDue,
        status: 'open',
        created_by: s.createdBy,
        created_at: s.createdAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { ...s, id, version: 1, status: 'open', closedOn: null };
  }

  /** Changes the notice if it is still at `version`; false when someone else changed it first. */
  async update(
    id: number,
    version: number,
    change: Partial<Pick<Supervision, 'replyDue' | 'status' | 'closedOn'>>,
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('task_supervisions')
      .set({
        ...(change.replyDue !== undefined ? { reply_due: change.replyDue } : {}),
        ...(change.status !== undefined ? { status: change.status } : {}),
        ...(change.closedOn !== undefined ? { closed_on: change.closedOn } : {}),
        version: version + 1,
      })
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async events(supervisionIds: readonly number[]): Promise<SupervisionEvent[]> {
    if (supervisionIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('task_supervision_events')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('supervision_id', 'in', [...supervisionIds])
      .orderBy('id')
      .execute();
    return rows.map(toEvent);
  }

  async addEvent(e: Omit<SupervisionEvent, 'id'>): Promise<void> {
    await this.db
      .insertInto('task_supervision_events')
      .values({
        tenant_id: this.tenantId,
        supervision_id: e.supervisionId,
        action: e.action,
        text: e.text,
        due_on: e.dueOn,
        on_date: e.onDate,
        created_by: e.createdBy,
        created_at: e.createdAt,
      })
      .execute();
  }
}
