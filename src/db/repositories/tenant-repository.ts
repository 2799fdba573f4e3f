import type { Executor } from './executor';

export interface Tenant {
  id: number;
  code: string;
  name: string;
}

/** Tenants: a zone, city or province deployment. Every other row carries its tenant_id. */
export class TenantRepository {
  constructor(private readonly db: Executor) {}

  async findByCode(code: string): Promise<Tenant | undefined> {
    return this.db
      .selectFrom('tenants')
      .select(['id', 'code', 'name'])
      .where('code', '=', code)
      .executeTakeFirst();
  }

  async insert(code: string, name: string, now: string): Promise<Tenant> {
    const row = await this.db
      .insertInto('tenants')
      .values({ code, name, created_at: now })
      .returning(['id', 'code', 'name'])
      .executeTakeFirstOrThrow();
    return row;
  }

  async list(): Promise<Tenant[]> {
    return this.db.selectFrom('tenants').select(['id', 'code', 'name']).orderBy('id').execute();
  }
}
