/**
 * The plan's tasks (重点任务) as loaded from the package's tasks.json: one row per task, with the
 * columns the ledger and boards filter on and the whole package entry as written.
 */
import type { Selectable } from 'kysely';
import type { PackageTask } from '../../contracts/task-package';
import type { PlanTasksTable } from '../schema';
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
    const rows = await this.db
      .selectFrom('plan_tasks')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('plan_id', '=', planId)
      .orderBy('id')
      .execute();
    return rows.map(toStoredTask);
  }

  async find(planId: number, code: string): Promise<StoredTask | undefined> {
    const row = await this.db
      .selectFrom('plan_tasks')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('plan_id', '=', planId)
      .where('task_code', '=', code)
      .executeTakeFirst();
    return row && toStoredTask(row);
  }
}
