/**
 * The plan's tasks (重点任务) as loaded from the package's tasks.json: one row per task, with the
 * columns the ledger and boards filter on and the whole package entry as written — and the changes
 * of responsibility since (a 分工方案 applied), whose newest revision is in force: every reader of a
 * task (boards, rounds, reports) sees the lead unit, co-units and deadline in force.
 */
import type { Selectable } from 'kysely';
import type { PackageTask } from '../../contracts/task-package';
import type { PlanTasksTable, TaskResponsibilityChangesTable } from '../schema';
import { chunks, type Executor } from './executor';

export interface StoredTask {
  planId: number;
  code: string;
  chapter: string;
  lead: string;
  co: string[];
  start: string;
  deadline: string;
  definition: PackageTask;
  /** The revision of responsibility in force: 0 as loaded from the package. */
  responsibilityRevision: number;
}

export interface ResponsibilityChange {
  taskCode: string;
  revision: number;
  lead: string;
  co: string[];
  deadline: string;
  source: 'division';
  reason: string;
  createdBy: number | null;
  createdAt: string;
}

function toChange(r: Selectable<TaskResponsibilityChangesTable>): ResponsibilityChange {
  return {
    taskCode: r.task_code,
    revision: r.revision,
    lead: r.lead_unit_code,
    co: JSON.parse(r.co_units_json) as string[],
    deadline: r.deadline,
    source: 'division',
    reason: r.reason,
    createdBy: r.created_by,
    createdAt: r.created_at,
  };
}

/** The task with its newest change of responsibility, if any, in force. */
function inForce(task: StoredTask, changes: readonly ResponsibilityChange[]): StoredTask {
  const latest = changes.reduce<ResponsibilityChange | undefined>(
    (best, c) => (best === undefined || c.revision > best.revision ? c : best),
    undefined,
  );
  if (!latest) return task;
  return {
    ...task,
    lead: latest.lead,
    co: latest.co,
    deadline: latest.deadline,
    responsibilityRevision: latest.revision,
  };
}

function toStoredTask(r: Selectable<PlanTasksTable>): StoredTask {
  return {
    planId: r.plan_id,
    code: r.task_code,
    chapter: r.chapter_code,
    lead: r.lead_unit_code,
    co: JSON.parse(r.co_units_json) as string[],
    start: r.start_on,
    deadline: r.deadline,
    definition: JSON.parse(r.definition_json) as PackageTask,
    responsibilityRevision: 0,
  };
}

export class TaskDefinitionRepository {
  constructor(
    private readonly db: Executor,
    private readonly tenantId: number,
  ) {}

  /** Tasks reach the database only through a validated package: every one has a lead unit. */
  async insertAll(
    planId: number,
    tasks: readonly (PackageTask & { lead: string })[],
    createdBy: number | null,
    now: string,
  ): Promise<void> {
    for (const part of chunks(tasks, 200)) {
      await this.db
        .insertInto('plan_tasks')
        .values(
          part.map((t) => ({
            tenant_id: this.tenantId,
            plan_id: planId,
            task_code: t.code,
            chapter_code: t.chapter,
            lead_unit_code: t.lead,
            co_units_json: JSON.stringify(t.co),
            start_on: t.start,
            deadline: t.deadline,
            definition_json: JSON.stringify(t),
            created_by: createdBy,
            created_at: now,
          })),
        )
        .execute();
    }
  }

  async list(planId: number): Promise<StoredTask[]> {
    const [rows, changes] = await Promise.all([
      this.db
        .selectFrom('plan_tasks')
        .selectAll()
        .where('tenant_id', '=', this.tenantId)
        .where('plan_id', '=', planId)
        .orderBy('id')
        .execute(),
      this.changes(planId),
    ]);
    const byTask = new Map<string, ResponsibilityChange[]>();
    for (const c of changes) byTask.set(c.taskCode, [...(byTask.get(c.taskCode) ?? []), c]);
    return rows.map((r) => inForce(toStoredTask(r), byTask.get(r.task_code) ?? []));
  }

  async find(planId: number, code: string): Promise<StoredTask | undefined> {
    const [row, changes] = await Promise.all([
      this.db
        .selectFrom('plan_tasks')
        .selectAll()
        .where('tenant_id', '=', this.tenantId)
        .where('plan_id', '=', planId)
        .where('task_code', '=', code)
        .executeTakeFirst(),
      this.changes(planId, code),
    ]);
    return row && inForce(toStoredTask(row), changes);
  }

  /** Every change of responsibility of the plan (or of one task), oldest first. */
  async changes(planId: number, code?: string): Promise<ResponsibilityChange[]> {
    let query = this.db
      .selectFrom('task_responsibility_changes')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('plan_id', '=', planId);
    if (code !== undefined) query = query.where('task_code', '=', code);
    const rows = await query.orderBy('task_code').orderBy('revision').execute();
    return rows.map(toChange);
  }

  /** A new revision of a task's responsibility; the unique key refuses a revision written twice. */
  async appendChange(planId: number, change: ResponsibilityChange): Promise<void> {
    await this.db
      .insertInto('task_responsibility_changes')
      .values({
        tenant_id: this.tenantId,
        plan_id: planId,
        task_code: change.taskCode,
        revision: change.revision,
        lead_unit_code: change.lead,
        co_units_json: JSON.stringify(change.co),
        deadline: change.deadline,
        source: change.source,
        reason: change.reason,
        created_by: change.createdBy,
        created_at: change.createdAt,
      })
      .execute();
  }
}
