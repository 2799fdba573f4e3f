/**
 * The project library (项目库): the plan's projects and those added later, with the attributes they
 * are managed by, and every version of those attributes as a revision (nothing is overwritten).
 */

import type { Selectable } from 'kysely';
import type { ProjectsTable } from '../schema';
import { chunks, type Executor } from './executor';

export type ProjectOrigin = 'plan' | 'added';

export interface ProjectAttributes {
  name: string;
  columnCode: string | null;
  programmeCode: string | null;
  chapterCode: string | null;
  stage: string;
  leader: string | null;
  parkUnitId: number | null;
  chain: string | null;
  owner: string | null;
  nature: string | null;
  investor: string | null;
  /** 总投资, 万元. */
  totalInvestment: number | null;
  plannedStart: string | null;
  plannedFinish: string | null;
}

export interface ProjectRow extends ProjectAttributes {
  id: number;
  planId: number;
  code: string;
  origin: ProjectOrigin;
  version: number;
  createdAt: string;
  updatedAt: string | null;
  updatedBy: number | null;
}

export interface ProjectRevision {
  id: number;
  projectCode: string;
  version: number;
  snapshot: Record<string, unknown>;
  reason: string;
  createdBy: number | null;
  createdAt: string;
}

const columns = [
  'id',
  'plan_id',
  'code',
  'name',
  'origin',
  'column_code',
  'programme_code',
  'chapter_code',
  'stage',
  'leader',
  'park_unit_id',
  'chain',
  'owner',
  'nature',
  'investor',
  'total_investment',
  'planned_start',
  'planned_finish',
  'version',
  'created_at',
  'updated_at',
  'updated_by',
] as const;

function toRow(attributes: Partial<ProjectAttributes>) {
  const map: Record<keyof ProjectAttributes, string> = {
    name: 'name',
    columnCode: 'column_code',
    programmeCode: 'programme_code',
    chapterCode: 'chapter_code',
    stage: 'stage',
    leader: 'leader',
    parkUnitId: 'park_unit_id',
    chain: 'chain',
    owner: 'owner',
    nature: 'nature',
    investor: 'investor',
    totalInvestment: 'total_investment',
    plannedStart: 'planned_start',
    plannedFinish: 'planned_finish',
  };
  const set: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(map) as [keyof ProjectAttributes, string][]) {
    if (attributes[key] !== undefined) set[column] = attributes[key];
  }
  return set;
}

export class ProjectRepository {
  constructor(
    private readonly db: Executor,
    private readonly tenantId: number,
  ) {}

  private base(planId: number) {
    return this.db
      .selectFrom('projects')
      .select(columns)
      .where('tenant_id', '=', this.tenantId)
      .where('plan_id', '=', planId);
  }

  /** Every project of a plan: the plan's own in their order, then those added later. */
  async list(planId: number): Promise<ProjectRow[]> {
    return (await this.base(planId).orderBy('id').execute()).map(toProject);
  }

  async findByCode(planId: number, code: string): Promise<ProjectRow | undefined> {
    const row = await this.base(planId).where('code', '=', code).executeTakeFirst();
    return row && toProject(row);
  }

  async insert(
    planId: number,
    p: ProjectAttributes & { code: string; definitionJson: string; createdBy: number | null },
    now: string,
  ): Promise<ProjectRow> {
    await this.db
      .insertInto('projects')
      .values({
        tenant_id: this.tenantId,
        plan_id: planId,
        code: p.code,
        definition_json: p.definitionJson,
        origin: 'added',
        created_at: now,
        updated_at: now,
        updated_by: p.createdBy,
        ...toRow(p),
        name: p.name,
      })
      .execute();
    const row = await this.findByCode(planId, p.code);
    if (!row) throw new Error(`project ${p.code} vanished after insert`);
    return row;
  }

  /** Applies a change only if nobody changed the project since `version` was read. */
  async update(
    planId: number,
    code: string,
    version: number,
    change: Partial<ProjectAttributes>,
    by: number | null,
    now: string,
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('projects')
      .set({ ...toRow(change), version: version + 1, updated_by: by, updated_at: now })
      .where('tenant_id', '=', this.tenantId)
      .where('plan_id', '=', planId)
      .where('code', '=', code)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async appendRevision(planId: number, r: Omit<ProjectRevision, 'id'>): Promise<void> {
    await this.db
      .insertInto('project_revisions')
      .values({
        tenant_id: this.tenantId,
        plan_id: planId,
        project_code: r.projectCode,
        version: r.version,
        snapshot_json: JSON.stringify(r.snapshot),
        reason: r.reason,
        created_by: r.createdBy,
        created_at: r.createdAt,
      })
      .execute();
  }

  /** Many revisions in few statements (loading a package's demo histories). */
  async appendRevisions(planId: number, list: readonly Omit<ProjectRevision, 'id'>[]): Promise<void> {
    for (const part of chunks(list, 200)) {
      await this.db
        .insertInto('project_revisions')
        .values(
          part.map((r) => ({
            tenant_id: this.tenantId,
            plan_id: planId,
            project_code: r.projectCode,
            version: r.version,
            snapshot_json: JSON.stringify(r.snapshot),
            reason: r.reason,
            created_by: r.createdBy,
            created_at: r.createdAt,
          })),
        )
        .execute();
    }
  }

  async revisions(planId: number, code: string): Promise<ProjectRevision[]> {
    const rows = await this.db
      .selectFrom('project_revisions')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('plan_id', '=', planId)
      .where('project_code', '=', code)
      .orderBy('version')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      projectCode: r.project_code,
      version: r.version,
      snapshot: JSON.parse(r.snapshot_json) as Record<string, unknown>,
      reason: r.reason,
      createdBy: r.created_by,
      createdAt: r.created_at,
    }));
  }
}

function toProject(
  r: Pick<
    Selectable<ProjectsTable>,
    | 'id'
    | 'plan_id'
    | 'code'
    | 'name'
    | 'origin'
    | 'column_code'
    | 'programme_code'
    | 'chapter_code'
    | 'stage'
    | 'leader'
    | 'park_unit_id'
    | 'chain'
    | 'owner'
    | 'nature'
    | 'investor'
    | 'total_investment'
    | 'planned_start'
    | 'planned_finish'
    | 'version'
    | 'created_at'
    | 'updated_at'
    | 'updated_by'
  >,
): ProjectRow {
  return {
    id: r.id,
    planId: r.plan_id,
    code: r.code,
    name: r.name,
    origin: r.origin as ProjectOrigin,
    columnCode: r.column_code,
    programmeCode: r.programme_code,
    chapterCode: r.chapter_code,
    stage: r.stage,
    leader: r.leader,
    parkUnitId: r.park_unit_id,
    chain: r.chain,
    owner: r.owner,
    nature: r.nature,
    investor: r.investor,
    totalInvestment: r.total_investment,
    plannedStart: r.planned_start,
    plannedFinish: r.planned_finish,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}
