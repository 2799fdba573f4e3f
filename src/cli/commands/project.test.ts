/**
 * `lantu project list|pipeline` in-process on a bootstrapped SQLite file (main.ts registers the
 * command; here a bare program does, so the command is tested on its own).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../db/connection';
import { migrateToLatest } from '../../db/migrate';
import { bootstrap } from '../../services/system/bootstrap';
import { registerProjectCommands } from './project';

function program(): Command {
  const p = new Command('lantu').option('--lang <lang>').exitOverride();
  registerProjectCommands(p);
  return p;
}

async function run(args: string[]): Promise<string> {
  const printed: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    printed.push(String(chunk));
    return true;
  });
  try {
    await program().parseAsync(['node', 'lantu', 'project', ...args]);
  } finally {
    spy.mockRestore();
  }
  return printed.join('');
}

describe('lantu project', () => {
  const saved = process.env.LANTU_DB;

  beforeAll(async () => {
    const url = `sqlite:${join(mkdtempSync(join(tmpdir(), 'lantu-project-cli-')), 'lantu.db')}`;
    const database = openDatabase(url);
    await migrateToLatest(database.db);
    await bootstrap(database, {
      tenantCode: 'default',
      tenantName: '测试',
      plans: ['hebi-etdz-14th'],
      includeDemo: false,
      scryptN: 16,
      clock: () => new Date('2024-10-15T02:00:00Z'),
    });
    await database.close();
    process.env.LANTU_DB = url;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.LANTU_DB;
    else process.env.LANTU_DB = saved;
  });

  it('lists the library, filtered by column, as a table and as CSV', async () => {
    const table = await run(['list', 'hebi-etdz-14th', '--column', 'C3', '--as-of', '2024-10-15']);
    expect(table).toContain('海尔轻量化产业园');
    expect(table).toContain('谋划');
    expect(table.trim().split('\n')).toHaveLength(2 + 21);
    const csv = await run(['list', 'hebi-etdz-14th', '--column', 'C3', '--format', 'csv']);
    expect(csv.split('\n')[1]).toMatch(/^C3-P01,海尔轻量化产业园,C3,谋划,/);
  });

  it('prints the pipeline by batch and stage', async () => {
    const out = await run(['pipeline', 'hebi-etdz-14th', '--as-of', '2024-10-15']);
    expect(out).toMatch(/谋划一批\s+195/);
    expect(out).toMatch(/合计\s+195/);
    expect(out).toContain('截至 2024-10-15');
    const json = JSON.parse(await run(['pipeline', 'hebi-etdz-14th', '--format', 'json']));
    expect(json.total.count).toBe(195);
  });
});
