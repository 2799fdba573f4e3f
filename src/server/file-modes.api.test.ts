/**
 * Files that hold password hashes and evidence are owner-only whatever the umask: the SQLite database
 * and its -wal/-shm, evidence uploads, backups and what a restore writes, the cookie secret — files
 * 0600, the folders Lantu creates 0700. The test runs under umask 000, where anything created with
 * the default mode would be world-writable (0666/0777): before the fix the database was 0666 and its
 * folder 0777 here (0644/0755 under the usual 022).
 */
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/connection';
import { migrateToLatest } from '../db/migrate';
import { testDialects } from '../db/test-support/test-databases';
import { backupTo, restoreFrom } from '../services/system/backup';
import { cookieSecret } from './runtime';
import {
  password,
  planCode,
  seedPeople,
  signIn,
  signInAdmin,
  startTestApp,
  type TestApp,
} from './test-support/test-app';

const mode = (path: string) => statSync(path).mode & 0o777;

describe('owner-only files', () => {
  let previous = 0;
  let root = '';
  beforeAll(() => {
    previous = process.umask(0o000);
    root = mkdtempSync(join(tmpdir(), 'lantu-modes-'));
  });
  afterAll(() => {
    process.umask(previous);
  });

  it('creates the SQLite database, its -wal and -shm 0600 in a folder of its own 0700', async () => {
    const path = join(root, 'data', 'lantu.db');
    const database = openDatabase(`sqlite:${path}`);
    await migrateToLatest(database.db);
    expect(mode(join(root, 'data')).toString(8)).toBe('700');
    for (const file of [path, `${path}-wal`, `${path}-shm`])
      expect([file, mode(file).toString(8)]).toEqual([file, '600']);
    await database.close();
  });

  it('creates the cookie secret 0600 in a data folder 0700', () => {
    const dataDir = join(root, 'fresh-data');
    cookieSecret(dataDir);
    expect(mode(dataDir).toString(8)).toBe('700');
    expect(mode(join(dataDir, 'secret.key')).toString(8)).toBe('600');
  });

  describe('evidence and backups', () => {
    let t: TestApp;
    beforeAll(async () => {
      const [sqlite] = testDialects();
      if (!sqlite) throw new Error('no dialect');
      t = await startTestApp(sqlite, { includeDemo: false });
      await signInAdmin(t);
      await seedPeople(t);
    });
    afterAll(async () => t?.close());

    it('stores an uploaded PDF 0600 under uploads folders 0700, and backs up and restores owner-only', async () => {
      const office = await signIn(t.app, 'office', password);
      await office.request('PUT', `/api/plans/${planCode}/assignments`, {
        itemType: 'indicator',
        itemCode: 'T27',
        lead: 'park-jinshan',
        co: [],
      });
      await office.request('POST', `/api/plans/${planCode}/rounds`, {
        name: '附件',
        period: '2023',
        opensOn: '2024-03-01',
        dueOn: '2024-03-31',
        itemTypes: ['indicator'],
        itemCodes: ['T27'],
      });
      const reporter = await signIn(t.app, 'js-reporter', password);
      const inbox = (await reporter.request('GET', '/api/inbox')).json() as { report: { id: number } }[];
      const up = await reporter.upload(
        `/api/reports/${inbox[0]?.report.id}/attachments`,
        '证明.pdf',
        Buffer.from('%PDF-1.4\n%%EOF\n'),
        'application/pdf',
      );
      expect(up.statusCode, up.body).toBe(201);
      const dataDir = t.app.lantu.dataDir;
      const tenantDir = join(dataDir, 'uploads', String(t.tenantId));
      const stored = await t.database.db
        .selectFrom('attachments')
        .select('storage_key')
        .executeTakeFirstOrThrow();
      expect(mode(join(dataDir, 'uploads')).toString(8)).toBe('700');
      expect(mode(tenantDir).toString(8)).toBe('700');
      expect(mode(join(tenantDir, stored.storage_key)).toString(8)).toBe('600');

      const file = join(root, 'backup.lantu.gz');
      await backupTo(t.database, dataDir, file, () => new Date('2024-03-15T02:00:00Z'));
      expect(mode(file).toString(8)).toBe('600');

      const [sqlite] = testDialects();
      if (!sqlite) throw new Error('no dialect');
      const { database: target } = await sqlite.create();
      const restoreDir = join(root, 'restored');
      await restoreFrom(target, restoreDir, file);
      expect(mode(join(restoreDir, 'uploads', String(t.tenantId))).toString(8)).toBe('700');
      expect(mode(join(restoreDir, 'uploads', String(t.tenantId), stored.storage_key)).toString(8)).toBe(
        '600',
      );
      await target.close();
    });
  });
});
