/**
 * 存在问题 / 需协调事项 and their 督办 loop: raise → assign → respond → close (销号). The problem row
 * holds the current state; every step is appended as an event with its date and who took it.
 */

import type { Selectable } from 'kysely';
import type { ProjectProblemsTable } from '../schema';
import type { Executor } from './executor';

export type ProblemStatus = 'open' | 'assigned' | 'responded' | 'closed';
export type ProblemAction = 'raise' | 'assign' | 'respond' | 'close';

export interface Problem {
  id: number;
  planId: number;
  projectCode: string;
  category: string;
  description: string;
  raisedUnitId: number | null;
  raisedOn: string;
  assignedUnitId: number | null;
  dueOn: string | null;
  status: ProblemStatus;
  closedOn: string | null;
  version: number;
  createdBy: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface ProblemEvent {
  id: number;
  problemId: number;
  action: ProblemAction;
  text: string | null;
  unitId: number | null;
  dueOn: string | null;
  /** The office date of the step (YYYY-MM-DD). */
  onDate: string;
  actorId: number | null;
  at: string;
}

export type ProblemChange = Partial<Pick<Problem, 'assignedUnitId' | 'dueOn' | 'status' | 'closedOn'>>;

export class ProjectProblemRepository {
  constructor(
    private readonly db: Executor,
    private readonly tenantId: number,
  ) {}

  private base() {
    return this.db.selectFrom('project_problems').selectAll().where('tenant_id', '=', this.tenantId);
  }

  async insert(
    p: Pick<
      Problem,
      'planId' | 'projectCode' | 'category' | 'description' | 'raisedUnitId' | 'raisedOn' | 'createdBy'
    >,
    now: string,
  ): Promise<Problem> {
    const { id } = await this.db
      .insertInto('project_problems')
      .values({
        tenant_id: this.tenantId,
        plan_id: p.planId,
        project_code: p.projectCode,
        category: p.category,
        description: p.description,
        raised_unit_id: p.raisedUnitId,
        raised_on: p.raisedOn,
        status: 'open',
        created_by: p.createdBy,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const saved = await this.findById(id);
    if (!saved) throw new Error(`problem ${id} vanished after insert`);
    return saved;
  }

  async findById(id: number): Promise<Problem | undefined> {
    const row = await this.base().where('id', '=', id).executeTakeFirst();
    return row && toProblem(row);
  }

  /** A plan's problems (or one project's), oldest first. */
  async list(planId: number, projectCode?: string): Promise<Problem[]> {
    let q = this.base().where('plan_id', '=', planId);
    if (projectCode !== undefined) q = q.where('project_code', '=', projectCode);
    return (await q.orderBy('id').execute()).map(toProblem);
  }

  async update(id: number, version: number, change: ProblemChange, now: string): Promise<boolean> {
    const set: Record<string, unknown> = { version: version + 1, updated_at: now };
    if (change.assignedUnitId !== undefined) set.assigned_unit_id = change.assignedUnitId;
    if (change.dueOn !== undefined) set.due_on = change.dueOn;
    if (change.status !== undefined) set.status = change.status;
    if (change.closedOn !== undefined) set.closed_on = change.closedOn;
    const result = await this.db
      .updateTable('project_problems')
      .set(set)
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async appendEvent(e: Omit<ProblemEvent, 'id'>): Promise<ProblemEvent> {
    const { id } = await this.db
      .insertInto('project_problem_events')
      .values({
        tenant_id: this.tenantId,
        problem_id: e.problemId,
        action: e.action,
        text: e.text,
        unit_id: e.unitId,
        due_on: e.dueOn,
        on_date: e.onDate,
        actor_id: e.actorId,
        at: e.at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id, ...e };
  }

  async events(problemId: number): Promise<ProblemEvent[]> {
    const rows = await this.db
      .selectFrom('project_problem_events')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('problem_id', '=', problemId)
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      problemId: r.problem_id,
      action: r.action as ProblemAction,
      text: r.text,
      unitId: r.unit_id,
      dueOn: r.due_on,
      onDate: r.on_date,
      actorId: r.actor_id,
      at: r.at,
    }));
  }
}

function toProblem(
  r: Pick<
    Selectable<ProjectProblemsTable>,
    | 'id'
    | 'plan_id'
    | 'project_code'
    | 'category'
    | 'description'
    | 'raised_unit_id'
    | 'raised_on'
    | 'assigned_unit_id'
    | 'due_on'
    | 'status'
    | 'closed_on'
    | 'version'
    | 'created_by'
    | 'created_at'
    | 'updated_at'
  >,
): Problem {
  return {
    id: r.id,
    planId: r.plan_id,
    projectCode: r.project_code,
    category: r.category,
    description: r.description,
    raisedUnitId: r.raised_unit_id,
    raisedOn: r.raised_on,
    assignedUnitId: r.assigned_unit_id,
    dueOn: r.due_on,
    status: r.status as ProblemStatus,
    closedOn: r.closed_on,
    version: r.version,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
