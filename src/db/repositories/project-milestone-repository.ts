/**
 * 节点 of projects: name, planned date, actual date, responsible unit. Changes carry the version they
 * read; their before and after are kept in the audit log.
 */

import type { Selectable } from 'kysely';
import type { ProjectMilestonesTable } from '../schema';
import { chunks, type Executor } from './executor';

export interface Milestone {
  id: number;
  planId: number;
  projectCode: string;
  name: string;
  plannedOn: string;
  actualOn: string | null;
  unitId: number | null;
  note: string | null;
  version: number;
  createdBy: number | null;
  createdAt: string;
  updatedBy: number | null;
  updatedAt: string;
}

export type MilestoneChange = Partial<Pick<Milestone, 'name' | 'plannedOn' | 'actualOn' | 'unitId' | 'note'>>;

export class ProjectMilestoneRepository {
  constructor(
    private readonly db: Executor,
    private readonly tenantId: number,
  ) {}

  private base() {
    return this.db.selectFrom('project_milestones').selectAll().where('tenant_id', '=', this.tenantId);
  }

  async insert(
    m: Pick<Milestone, 'planId' | 'projectCode' | 'name' | 'plannedOn' | 'unitId' | 'note' | 'createdBy'>,
    now: string,
  ): Promise<Milestone> {
    const { id } = await this.db
      .insertInto('project_milestones')
      .values({
        tenant_id: this.tenantId,
        plan_id: m.planId,
        project_code: m.projectCode,
        name: m.name,
        planned_on: m.plannedOn,
        unit_id: m.unitId,
        note: m.note,
        created_by: m.createdBy,
        created_at: now,
        updated_by: m.createdBy,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const saved = await this.findById(id);
    if (!saved) throw new Error(`milestone ${id} vanished after insert`);
    return saved;
  }

  /** Many milestones, reached ones with their dates, in few statements (a package's demo histories). */
  async insertMany(
    list: readonly Pick<
      Milestone,
      'planId' | 'projectCode' | 'name' | 'plannedOn' | 'actualOn' | 'unitId' | 'note' | 'createdBy'
    >[],
    now: string,
  ): Promise<void> {
    for (const part of chunks(list, 200)) {
      await this.db
        .insertInto('project_milestones')
        .values(
          part.map((m) => ({
            tenant_id: this.tenantId,
            plan_id: m.planId,
            project_code: m.projectCode,
            name: m.name,
            planned_on: m.plannedOn,
            actual_on: m.actualOn,
            unit_id: m.unitId,
            note: m.note,
            created_by: m.createdBy,
            created_at: now,
            updated_by: m.createdBy,
            updated_at: now,
          })),
        )
        .execute();
    }
  }

  async findById(id: number): Promise<Milestone | undefined> {
    const row = await this.base().where('id', '=', id).executeTakeFirst();
    return row && toMilestone(row);
  }

  /** A plan's milestones (or one project's), by planned date. */
  async list(planId: number, projectCode?: string): Promise<Milestone[]> {
    let q = this.base().where('plan_id', '=', planId);
    if (projectCode !== undefined) q = q.where('project_code', '=', projectCode);
    return (await q.orderBy('planned_on').orderBy('id').execute()).map(toMilestone);
  }

  async update(
    id: number,
    version: number,
    change: MilestoneChange,
    by: number | null,
    now: string,
  ): Promise<boolean> {
    const set: Record<string, unknown> = { version: version + 1, updated_by: by, updated_at: now };
    if (change.name !== undefined) set.name = change.name;
    if (change.plannedOn !== undefined) set.planned_on = change.plannedOn;
    if (change.actualOn !== undefined) set.actual_on = change.actualOn;
    if (change.unitId !== undefined) set.unit_id = change.unitId;
    if (change.note !== undefined) set.note = change.note;
    const result = await this.db
      .updateTable('project_milestones')
      .set(set)
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }
}

function toMilestone(
  r: Pick<
    Selectable<ProjectMilestonesTable>,
    | 'id'
    | 'plan_id'
    | 'project_code'
    | 'name'
    | 'planned_on'
    | 'actual_on'
    | 'unit_id'
    | 'note'
    | 'version'
    | 'created_by'
    | 'created_at'
    | 'updated_by'
    | 'updated_at'
  >,
): Milestone {
  return {
    id: r.id,
    planId: r.plan_id,
    projectCode: r.project_code,
    name: r.name,
    plannedOn: r.planned_on,
    actualOn: r.actual_on,
    unitId: r.unit_id,
    note: r.note,
    version: r.version,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedBy: r.updated_by,
    updatedAt: r.updated_at,
  };
}
