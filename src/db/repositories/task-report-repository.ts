/**
 * The task ledger (任务台账): each save, submission, approval and return of a lead unit's report on a
 * task for a period is a new revision, never an update; co-units' parts and the plan office's own
 * judgements are appended beside it. The current state of (task, period) is its highest revision.
 */
import type { Selectable } from 'kysely';
import type { TaskContributionsTable, TaskJudgementsTable, TaskReportsTable } from '../schema';
import type { Executor } from './executor';

export type TaskReportAction = 'save' | 'submit' | 'approve' | 'return';
export type TaskReportState = 'draft' | 'submitted' | 'approved' | 'returned';

export interface TaskReportRevision {
  id: number;
  planId: number;
  taskCode: string;
  period: string;
  revision: number;
  action: TaskReportAction;
  state: TaskReportState;
  unit: string;
  done: string;
  percent: number;
  unitStatus: string;
  problems: string | null;
  nextSteps: string | null;
  lowerReason: string | null;
  evidence: number[];
  comment: string | null;
  createdBy: number | null;
  createdAt: string;
}

export type NewTaskReportRevision = Omit<TaskReportRevision, 'id'>;

export interface TaskContribution {
  id: number;
  taskCode: string;
  period: string;
  unit: string;
  text: string;
  createdBy: number | null;
  createdAt: string;
}

export interface TaskJudgement {
  id: number;
  taskCode: string;
  period: string;
  status: string;
  reason: string;
  createdBy: number | null;
  createdAt: string;
}

function toRevision(r: Selectable<TaskReportsTable>): TaskReportRevision {
  return {
    id: r.id,
    planId: r.plan_id,
    taskCode: r.task_code,
    period: r.period,
    revision: r.revision,
    action: r.action as TaskReportAction,
    state: r.state as TaskReportState,
    unit: r.unit_code,
    done: r.done_text,
    percent: r.percent,
    unitStatus: r.unit_status,
    problems: r.problems,
    nextSteps: r.next_steps,
    lowerReason: r.lower_reason,
    evidence: JSON.parse(r.evidence_json) as number[],
    comment: r.comment,
    createdBy: r.created_by,
    createdAt: r.created_at,
  };
}

const toContribution = (r: Selectable<TaskContributionsTable>): TaskContribution => ({
  id: r.id,
  taskCode: r.task_code,
  period: r.period,
  unit: r.unit_code,
  text: r.text,
  createdBy: r.created_by,
  createdAt: r.created_at,
});

const toJudgement = (r: Selectable<TaskJudgementsTable>): TaskJudgement => ({
  id: r.id,
  taskCode: r.task_code,
  period: r.period,
  status: r.status,
  reason: r.reason,
  createdBy: r.created_by,
  createdAt: r.created_at,
});

export class TaskReportRepository {
  constructor(
    private readonly db: Executor,
    private readonly tenantId: number,
  ) {}

  /** Every revision of the plan's task reports (or of one task), oldest first. */
  async history(planId: number, taskCode?: string): Promise<TaskReportRevision[]> {
    let q = this.db
      .selectFrom('task_reports')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('plan_id', '=', planId);
    if (taskCode !== undefined) q = q.where('task_code', '=', taskCode);
    const rows = await q.orderBy('task_code').orderBy('period').orderBy('revision').execute();
    return rows.map(toRevision);
  }

  /**
   * Appends a revision. The unique (task, period, revision) constraint makes a concurrent writer who
   * read the same revision fail instead of overwriting: the service turns that into a 409.
   */
  async append(r: NewTaskReportRevision): Promise<TaskReportRevision> {
    const { id } = await this.db
      .insertInto('task_reports')
      .values({
        tenant_id: this.tenantId,
        plan_id: r.planId,
        task_code: r.taskCode,
        period: r.period,
        revision: r.revision,
        action: r.action,
        state: r.state,
        unit_code: r.unit,
        done_text: r.done,
        percent: r.percent,
        unit_status: r.unitStatus,
        problems: r.problems,
        next_steps: r.nextSteps,
        lower_reason: r.lowerReason,
        evidence_json: JSON.stringify(r.evidence),
        comment: r.comment,
        created_by: r.createdBy,
        created_at: r.createdAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { ...r, id };
  }

  async contributions(planId: number, taskCode?: string): Promise<TaskContribution[]> {
    let q = this.db
      .selectFrom('task_contributions')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('plan_id', '=', planId);
    if (taskCode !== undefined) q = q.where('task_code', '=', taskCode);
    return (await q.orderBy('id').execute()).map(toContribution);
  }

  async addContribution(planId: number, c: Omit<TaskContribution, 'id'>): Promise<TaskContribution> {
    const { id } = await this.db
      .insertInto('task_contributions')
      .values({
        tenant_id: this.tenantId,
        plan_id: planId,
        task_code: c.taskCode,
        period: c.period,
        unit_code: c.unit,
        text: c.text,
        created_by: c.createdBy,
        created_at: c.createdAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { ...c, id };
  }

  async judgements(planId: number, taskCode?: string): Promise<TaskJudgement[]> {
    let q = this.db
      .selectFrom('task_judgements')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('plan_id', '=', planId);
    if (taskCode !== undefined) q = q.where('task_code', '=', taskCode);
    return (await q.orderBy('id').execute()).map(toJudgement);
  }

  async addJudgement(planId: number, j: Omit<TaskJudgement, 'id'>): Promise<TaskJudgement> {
    const { id } = await this.db
      .insertInto('task_judgements')
      .values({
        tenant_id: this.tenantId,
        plan_id: planId,
        task_code: j.taskCode,
        period: j.period,
        status: j.status,
        reason: j.reason,
        created_by: j.createdBy,
        created_at: j.createdAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { ...j, id };
  }
}
