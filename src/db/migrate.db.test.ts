import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrateToLatest, migrationStatus } from './migrate';
import { migrations } from './migrations';
import { testDialects } from './test-support/test-databases';

describe('migration list', () => {
  it('names every migration file of src/db/migrations, in order', () => {
    const files = readdirSync(new URL('./migrations/', import.meta.url))
      .filter((f) => /^\d{14}-[a-z0-9-]+\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(Object.keys(migrations)).toEqual(files);
  });
});

describe.each(testDialects())('migrations on $dialect', ({ create }) => {
  it('migrate an empty database to the latest version, twice without harm', async () => {
    const { database } = await create();
    const status = await migrationStatus(database.db);
    expect(status.every((m) => m.executedAt !== undefined)).toBe(true);
    expect(await migrateToLatest(database.db)).toEqual([]);
    const tables = await database.db.introspection.getTables();
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['plans', 'indicators', 'observations', 'audit_log']),
    );
    await database.close();
  });

  it('returns numbers, not strings, for counts and values', async () => {
    const { database } = await create();
    const { db } = database;
    const now = new Date(0).toISOString();
    const tenant = await db
      .insertInto('tenants')
      .values({ code: 't', name: 'T', created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    const count = await db
      .selectFrom('tenants')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(tenant.id).toBeTypeOf('number');
    expect(count.n).toBe(1);
    await database.close();
  });
});
