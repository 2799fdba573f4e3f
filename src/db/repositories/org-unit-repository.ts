/**
 * Organisational units (部门 / 园区 / 街道 / 企业) of a tenant: they own indicators, tasks and projects.
 */

import type { Selectable } from 'kysely';
import type { OrgUnitsTable } from '../schema';
import { bool, type Executor } from './executor';

export type OrgUnitKind = 'office' | 'department' | 'park' | 'subdistrict' | 'enterprise';

export interface OrgUnit {
  id: number;
  code: string;
  name: string;
  nameEn: string;
  kind: OrgUnitKind;
  namedInPlan: boolean;
  active: boolean;
  version: number;
}

export interface NewOrgUnit {
  code: string;
  name: string;
  nameEn: string;
  kind: OrgUnitKind;
  namedInPlan: boolean;
}

export class OrgUnitRepository {
  constructor(
    private readonly db: Executor,
    private readonly tenantId: number,
  ) {}

  private base() {
    return this.db
      .selectFrom('org_units')
      .select(['id', 'code', 'name', 'name_en', 'kind', 'named_in_plan', 'active', 'version'])
      .where('tenant_id', '=', this.tenantId);
  }

  async list(): Promise<OrgUnit[]> {
    return (await this.base().orderBy('id').execute()).map(toOrgUnit);
  }

  async findByCode(code: string): Promise<OrgUnit | undefined> {
    const row = await this.base().where('code', '=', code).executeTakeFirst();
    return row && toOrgUnit(row);
  }

  async findById(id: number): Promise<OrgUnit | undefined> {
    const row = await this.base().where('id', '=', id).executeTakeFirst();
    return row && toOrgUnit(row);
  }

  async insert(unit: NewOrgUnit, now: string): Promise<OrgUnit> {
    const { id } = await this.db
      .insertInto('org_units')
      .values({
        tenant_id: this.tenantId,
        code: unit.code,
        name: unit.name,
        name_en: unit.nameEn,
        kind: unit.kind,
        named_in_plan: unit.namedInPlan ? 1 : 0,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id, ...unit, active: true, version: 1 };
  }

  /** Renames or (de)activates; returns false when `version` is stale (someone else changed it). */
  async update(
    id: number,
    version: number,
    change: Partial<Pick<OrgUnit, 'name' | 'nameEn' | 'kind' | 'active'>>,
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('org_units')
      .set({
        ...(change.name === undefined ? {} : { name: change.name }),
        ...(change.nameEn === undefined ? {} : { name_en: change.nameEn }),
        ...(change.kind === undefined ? {} : { kind: change.kind }),
        ...(change.active === undefined ? {} : { active: change.active ? 1 : 0 }),
        version: version + 1,
      })
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }
}

function toOrgUnit(
  r: Pick<
    Selectable<OrgUnitsTable>,
    'id' | 'code' | 'name' | 'name_en' | 'kind' | 'named_in_plan' | 'active' | 'version'
  >,
): OrgUnit {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    nameEn: r.name_en,
    kind: r.kind as OrgUnitKind,
    namedInPlan: bool(r.named_in_plan),
    active: bool(r.active),
    version: r.version,
  };
}
