/**
 * Plans and their parts (outline, indicators, columns, projects). Parts are stored as rows with their
 * package definition as JSON, so a plan read back is exactly the package that was loaded.
 */

import type { Selectable } from 'kysely';
import { sql } from 'kysely';
import type {
  OutlineNode,
  PackageColumn,
  PackageIndicator,
  PackageProject,
  PlanMeta,
  PlanPackage,
} from '../../contracts/plan-package';
import type { OutlineNodesTable, PlansTable } from '../schema';
import { bool, chunks, type Executor } from './executor';

export interface StoredPlan {
  id: number;
  code: string;
  name: string;
  shortName: string;
  nameEn: string;
  baseYear: number;
  targetYear: number;
  meta: PlanMeta;
  isPublic: boolean;
  version: number;
  dataVersion: number;
}

/** The definition part of a package: what the plan says, without its observations or annual targets. */
export type PlanDefinition = Omit<PlanPackage, 'observationSets' | 'annualTargets' | 'units' | 'tasks'>;

export class PlanRepository {
  constructor(
    private readonly db: Executor,
    private readonly tenantId: number,
  ) {}

  private plans() {
    return this.db.selectFrom('plans').where('tenant_id', '=', this.tenantId);
  }

  async list(): Promise<StoredPlan[]> {
    const rows = await this.plans().selectAll().orderBy('id').execute();
    return rows.map(toStoredPlan);
  }

  async findByCode(code: string): Promise<StoredPlan | undefined> {
    const row = await this.plans().selectAll().where('code', '=', code).executeTakeFirst();
    return row && toStoredPlan(row);
  }

  async findById(id: number): Promise<StoredPlan | undefined> {
    const row = await this.plans().selectAll().where('id', '=', id).executeTakeFirst();
    return row && toStoredPlan(row);
  }

  /** The plan's current data version: evaluation caches are keyed by it. */
  async dataVersion(planId: number): Promise<number> {
    const row = await this.plans().select('data_version').where('id', '=', planId).executeTakeFirstOrThrow();
    return row.data_version;
  }

  async bumpDataVersion(planId: number): Promise<void> {
    await this.db
      .updateTable('plans')
      .set({ data_version: sql<number>`data_version + 1` })
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', planId)
      .execute();
  }

  async setPublic(planId: number, isPublic: boolean, now: string): Promise<void> {
    await this.db
      .updateTable('plans')
      .set({ is_public: isPublic ? 1 : 0, updated_at: now })
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', planId)
      .execute();
  }

  /** Inserts a whole plan definition and its first revision; returns the new plan's id. */
  async insert(
    def: PlanDefinition,
    packageJson: string,
    createdBy: number | null,
    now: string,
  ): Promise<number> {
    const { meta } = def;
    const tenant_id = this.tenantId;
    const { id: planId } = await this.db
      .insertInto('plans')
      .values({
        tenant_id,
        code: meta.code,
        name: meta.name,
        short_name: meta.shortName,
        name_en: meta.nameEn,
        base_year: meta.baseYear,
        target_year: meta.targetYear,
        period_start: meta.period.start,
        period_end: meta.period.end,
        vision_year: meta.visionYear,
        meta_json: JSON.stringify(meta),
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await this.db
      .insertInto('plan_revisions')
      .values({
        tenant_id,
        plan_id: planId,
        version: 1,
        package_json: packageJson,
        reason: '导入规划包 / plan package imported',
        created_by: createdBy,
        created_at: now,
      })
      .execute();
    for (const part of chunks(def.outline)) {
      await this.db
        .insertInto('outline_nodes')
        .values(
          part.map((n) => ({
            tenant_id,
            plan_id: planId,
            code: n.id,
            kind: n.kind,
            number: n.number,
            title: n.title,
            parent_code: n.parent,
            summary: n.summary ?? null,
            position: def.outline.indexOf(n),
            provenance_json: JSON.stringify(n.provenance),
          })),
        )
        .execute();
    }
    for (const part of chunks(def.indicators)) {
      await this.db
        .insertInto('indicators')
        .values(
          part.map((i) => ({
            tenant_id,
            plan_id: planId,
            code: i.code,
            name: i.name,
            unit: i.unit,
            category: i.category,
            attribute: i.attribute,
            kind: i.kind,
            source: i.source,
            table_no: i.tableNo,
            chapter_code: i.chapter,
            definition_json: JSON.stringify(i),
            position: def.indicators.indexOf(i),
            updated_at: now,
          })),
        )
        .execute();
    }
    for (const part of chunks(def.columns)) {
      await this.db
        .insertInto('plan_columns')
        .values(
          part.map((c) => ({
            tenant_id,
            plan_id: planId,
            code: c.id,
            number: c.number,
            title: c.title,
            chapter_code: c.chapter,
            definition_json: JSON.stringify(c),
          })),
        )
        .execute();
    }
    for (const part of chunks(def.projects)) {
      await this.db
        .insertInto('projects')
        .values(
          part.map((p) => ({
            tenant_id,
            plan_id: planId,
            code: p.code,
            name: p.name,
            column_code: p.column,
            programme_code: p.programme,
            chapter_code: p.chapter,
            definition_json: JSON.stringify(p),
            created_at: now,
          })),
        )
        .execute();
    }
    return planId;
  }

  /** Every plan's indicator definitions in outline order, by plan id: one query for a whole portfolio. */
  async indicatorDefinitionsByPlan(): Promise<Map<number, PackageIndicator[]>> {
    const definitions = new Map<number, PackageIndicator[]>();
    const rows = await this.db
      .selectFrom('indicators')
      .select(['plan_id', 'definition_json'])
      .where('tenant_id', '=', this.tenantId)
      .orderBy('plan_id')
      .orderBy('position')
      .execute();
    for (const r of rows) {
      const list = definitions.get(r.plan_id) ?? [];
      list.push(JSON.parse(r.definition_json) as PackageIndicator);
      definitions.set(r.plan_id, list);
    }
    return definitions;
  }

  async loadDefinition(planId: number): Promise<PlanDefinition> {
    const plan = await this.findById(planId);
    if (!plan) throw new Error(`plan ${planId} not found in tenant ${this.tenantId}`);
    const t = this.tenantId;
    const [outline, indicators, columns, projects] = await Promise.all([
      this.db
        .selectFrom('outline_nodes')
        .selectAll()
        .where('tenant_id', '=', t)
        .where('plan_id', '=', planId)
        .orderBy('position')
        .execute(),
      this.db
        .selectFrom('indicators')
        .select('definition_json')
        .where('tenant_id', '=', t)
        .where('plan_id', '=', planId)
        .orderBy('position')
        .execute(),
      this.db
        .selectFrom('plan_columns')
        .select('definition_json')
        .where('tenant_id', '=', t)
        .where('plan_id', '=', planId)
        .orderBy('number')
        .execute(),
      this.db
        .selectFrom('projects')
        .select('definition_json')
        .where('tenant_id', '=', t)
        .where('plan_id', '=', planId)
        // What the plan says: projects added to the library later are not part of its definition.
        .where('origin', '=', 'plan')
        .orderBy('id')
        .execute(),
    ]);
    return {
      meta: plan.meta,
      outline: outline.map(toOutlineNode),
      indicators: indicators.map((r) => JSON.parse(r.definition_json) as PackageIndicator),
      columns: columns.map((r) => JSON.parse(r.definition_json) as PackageColumn),
      projects: projects.map((r) => JSON.parse(r.definition_json) as PackageProject),
    };
  }
}

type OutlineRow = Pick<
  Selectable<OutlineNodesTable>,
  'code' | 'kind' | 'number' | 'title' | 'parent_code' | 'summary' | 'provenance_json'
>;

function toOutlineNode(r: OutlineRow): OutlineNode {
  return {
    id: r.code,
    kind: r.kind as OutlineNode['kind'],
    number: r.number,
    title: r.title,
    parent: r.parent_code,
    ...(r.summary === null ? {} : { summary: r.summary }),
    provenance: JSON.parse(r.provenance_json),
  };
}

function toStoredPlan(
  r: Pick<
    Selectable<PlansTable>,
    | 'id'
    | 'code'
    | 'name'
    | 'short_name'
    | 'name_en'
    | 'base_year'
    | 'target_year'
    | 'meta_json'
    | 'is_public'
    | 'version'
    | 'data_version'
  >,
): StoredPlan {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    shortName: r.short_name,
    nameEn: r.name_en,
    baseYear: r.base_year,
    targetYear: r.target_year,
    meta: JSON.parse(r.meta_json) as PlanMeta,
    isPublic: bool(r.is_public),
    version: r.version,
    dataVersion: r.data_version,
  };
}
