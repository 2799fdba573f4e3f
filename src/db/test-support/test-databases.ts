/**
 * The databases a dialect-parametrised test runs on: a fresh SQLite file, and a fresh PostgreSQL
 * database when the global setup provided a server. Use with describe.each(testDialects()).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../connection';
import type { DialectName } from '../dialect';
import { migrateToLatest } from '../migrate';

export interface TestDialect {
  dialect: DialectName;
  /** A new, empty database (migrated unless asked not to), and its URL (for child processes). */
  create(options?: { migrate?: boolean }): Promise<{ database: Database; url: string }>;
}

let counter = 0;

export function testDialects(): TestDialect[] {
  const dialects: TestDialect[] = [
    {
      dialect: 'sqlite',
      async create(options) {
        const url = `sqlite:${join(mkdtempSync(join(tmpdir(), 'lantu-db-')), 'test.db')}`;
        const database = openDatabase(url);
        if (options?.migrate !== false) await migrateToLatest(database.db);
        return { database, url };
      },
    },
  ];
  const admin = inject('pgAdminUrl');
  if (admin) {
    dialects.push({
      dialect: 'postgres',
      async create(options) {
        counter += 1;
        const name = `lantu_test_${process.pid}_${Date.now()}_${counter}`;
        const client = new pg.Client({ connectionString: admin });
        await client.connect();
        await client.query(`create database ${name}`);
        await client.end();
        const url = admin.replace(/\/[^/]*$/, `/${name}`);
        const database = openDatabase(url);
        if (options?.migrate !== false) await migrateToLatest(database.db);
        return { database, url };
      },
    });
  }
  return dialects;
}
