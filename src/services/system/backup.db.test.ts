/**
 * Backup and restore give identical data (equal data hashes), on each dialect and across them:
 * SQLite → PostgreSQL → SQLite is the path a zone takes when it outgrows one file.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testDialects } from '../../db/test-support/test-databases';
import { recordValue } from '../ledger/ledger';
import { findPlan } from '../plans/stored-plan';
import { backupTo, dataHash, restoreFrom } from './backup';
import { bootstrap } from './bootstrap';

const clock = () => new Date('2024-05-01T00:00:00Z');
const dialects = testDialects();

async function seeded(index: number) {
  const dialect = dialects[index] ?? dialects[0];
  if (!dialect) throw new Error('no dialect');
  const { database } = await dialect.create();
  const boot = await bootstrap(database, {
    tenantCode: 'default',
    tenantName: '测试',
    plans: ['hebi-etdz-14th'],
    includeDemo: true,
    scryptN: 16,
    clock,
  });
  const ctx = {
    database,
    tenantId: boot.tenantId,
    actor: { id: 1, username: 'admin', displayName: 'a', role: 'admin' as const, unitId: null },
    requestId: 't',
    clock,
  };
  const plan = await findPlan(ctx, 'hebi-etdz-14th');
  await recordValue(ctx, plan, 'T25', {
    period: '2023',
    measure: 'level',
    value: 34.1,
    reason: '年报',
    expectedRevision: 0,
  });
  return database;
}

describe.each(dialects.map((d, i) => ({ ...d, index: i })))(
  'backup and restore on $dialect',
  ({ index, create }) => {
    it('restores into an empty database with an identical data hash', async () => {
      const source = await seeded(index);
      const dataDir = mkdtempSync(join(tmpdir(), 'lantu-bk-'));
      const file = join(dataDir, 'b.lantu.gz');
      const summary = await backupTo(source, dataDir, file, clock);
      expect(summary.rows.indicators).toBe(73);
      const { database: target } = await create();
      await restoreFrom(target, dataDir, file);
      expect(await dataHash(target, dataDir)).toBe(await dataHash(source, dataDir));
      // a second restore into the now non-empty database is refused, and changes nothing
      const before = await dataHash(target, dataDir);
      await expect(restoreFrom(target, dataDir, file)).rejects.toMatchObject({
        code: 'restore_target_not_empty',
      });
      expect(await dataHash(target, dataDir)).toBe(before);
      await source.close();
      await target.close();
    });

    it('names the hash of the snapshot it wrote, not of the live database after it', async () => {
      const source = await seeded(index);
      const dataDir = mkdtempSync(join(tmpdir(), 'lantu-bk-'));
      const file = join(dataDir, 'b.lantu.gz');
      const written = await backupTo(source, dataDir, file, clock);
      // The server goes on writing after the snapshot: the live hash moves, the backup's does not.
      const ctx = {
        database: source,
        tenantId: 1,
        actor: { id: 1, username: 'admin', displayName: 'a', role: 'admin' as const, unitId: null },
        requestId: 't',
        clock,
      };
      await recordValue(ctx, await findPlan(ctx, 'hebi-etdz-14th'), 'T25', {
        period: '2023',
        measure: 'level',
        value: 35,
        reason: '更正',
        expectedRevision: 1,
      });
      const { database: target } = await create();
      const restoreDir = mkdtempSync(join(tmpdir(), 'lantu-rs-'));
      await restoreFrom(target, restoreDir, file);
      expect(written.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(written.hash).toBe(await dataHash(target, restoreDir));
      expect(written.hash).not.toBe(await dataHash(source, dataDir));
      await source.close();
      await target.close();
    });
  },
);

describe.runIf(dialects.length === 2)('moving between dialects', () => {
  it('moves SQLite → PostgreSQL → SQLite losslessly', async () => {
    const [sqlite, postgres] = dialects;
    if (!sqlite || !postgres) throw new Error('two dialects expected');
    const source = await seeded(0);
    const dataDir = mkdtempSync(join(tmpdir(), 'lantu-mv-'));
    const original = await dataHash(source, dataDir);
    const toPg = join(dataDir, 'a.gz');
    await backupTo(source, dataDir, toPg, clock);
    const { database: pg } = await postgres.create();
    await restoreFrom(pg, dataDir, toPg);
    expect(await dataHash(pg, dataDir)).toBe(original);
    const back = join(dataDir, 'b.gz');
    await backupTo(pg, dataDir, back, clock);
    const { database: again } = await sqlite.create();
    await restoreFrom(again, dataDir, back);
    expect(await dataHash(again, dataDir)).toBe(original);
    // the restored PostgreSQL database keeps numbering after the restored ids
    const next = await pg.db
      .insertInto('tenants')
      .values({ code: 'second', name: 'x', created_at: clock().toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(next.id).toBe(2);
    await Promise.all([source.close(), pg.close(), again.close()]);
  });
});

describe.each(dialects)('backup while writing on $dialect', ({ create }) => {
  it('takes a consistent snapshot while values are being written', async () => {
    const { database } = await create();
    const boot = await bootstrap(database, {
      tenantCode: 'default',
      tenantName: 't',
      plans: ['hebi-etdz-14th'],
      includeDemo: false,
      scryptN: 16,
      clock,
    });
    const ctx = {
      database,
      tenantId: boot.tenantId,
      actor: { id: 1, username: 'admin', displayName: 'a', role: 'admin' as const, unitId: null },
      requestId: 't',
      clock,
    };
    const plan = await findPlan(ctx, 'hebi-etdz-14th');
    let writing = true;
    let written = 0;
    const writer = (async () => {
      for (let revision = 0; writing && revision < 2000; revision += 1) {
        await recordValue(ctx, plan, 'T25', {
          period: '2023',
          measure: 'level',
          value: revision,
          reason: 'w',
          expectedRevision: revision,
        });
        written += 1;
      }
    })();
    while (written < 20) await new Promise((r) => setTimeout(r, 5));
    const dataDir = mkdtempSync(join(tmpdir(), 'lantu-bkw-'));
    const file = join(dataDir, 'during.lantu.gz');
    await backupTo(database, dataDir, file, clock);
    writing = false;
    await writer;
    const { database: restored } = await create();
    await restoreFrom(restored, dataDir, file);
    // Each write commits its ledger row and its audit entry together: a consistent snapshot has as many
    // of one as of the other, and revisions 1..n without a gap.
    const revisions = (
      await restored.db
        .selectFrom('observations')
        .select('revision')
        .where('layer', '=', 'reported')
        .orderBy('revision')
        .execute()
    ).map((r) => r.revision);
    const audits = await restored.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'ledger.record')
      .execute();
    expect(revisions.length).toBeGreaterThanOrEqual(20);
    expect(revisions.length).toBeLessThan(written + 1);
    expect(revisions).toEqual(revisions.map((_, i) => i + 1));
    expect(audits.length).toBe(revisions.length);
    await database.close();
    await restored.close();
  }, 120_000); // a backup while another writer runs: 30 s is not enough on a shared two-core machine
});
