/**
 * Crash safety: a child process imports many rows (or approves a report, or migrates) and is killed
 * with SIGKILL at random moments. Every time the database must open, pass its integrity check, hold
 * each import whole or not at all, and keep everything acknowledged before the kill.
 * LANTU_CRASH_ROWS (default 50,000; CI 1,000,000) and LANTU_CRASH_KILLS (default 6; CI 20) scale it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import { testDialects } from '../../db/test-support/test-databases';
import type { ServiceContext } from '../context';
import { setAssignment } from '../org-units/assignments';
import { listUnits } from '../org-units/org-units';
import { findPlan } from '../plans/stored-plan';
import { bootstrap } from '../system/bootstrap';
import { listReports, submitReport } from './reports';
import { openRound } from './rounds';

const rows = Number(process.env.LANTU_CRASH_ROWS ?? 50_000);
const kills = Number(process.env.LANTU_CRASH_KILLS ?? 6);
const child = fileURLToPath(new URL('../test-support/crash-child.ts', import.meta.url));
const clock = () => new Date('2024-05-01T00:00:00Z');

interface Run {
  acked: boolean;
  ms: number;
  /** The child's standard error, shown when a run that should have finished did not. */
  err: string;
}

/** Runs the child; kills it after `killAfterMs` unless it finished first. */
function runChild(args: string[], killAfterMs: number | null): Promise<Run> {
  return new Promise((resolve) => {
    const started = Date.now();
    const proc: ChildProcess = spawn(process.execPath, ['--import', 'tsx', child, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    proc.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
    });
    let timer: NodeJS.Timeout | null = null;
    proc.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      // Start the clock once the work has begun, so kills land inside it rather than in start-up.
      if (killAfterMs !== null && timer === null && out.includes('started')) {
        timer = setTimeout(() => proc.kill('SIGKILL'), killAfterMs);
      }
    });
    proc.on('exit', () => {
      if (timer) clearTimeout(timer);
      resolve({ acked: /^ack /m.test(out), ms: Date.now() - started, err });
    });
  });
}

async function integrityOk(url: string): Promise<boolean> {
  const database = openDatabase(url);
  try {
    if (database.sqlite) return database.sqlite.pragma('integrity_check', { simple: true }) === 'ok';
    // PostgreSQL guards its own files; what a crash could break is our data, checked by the callers.
    await sql`select 1`.execute(database.db);
    return true;
  } finally {
    await database.close();
  }
}

async function importedCounts(url: string): Promise<Map<string, number>> {
  const database = openDatabase(url);
  try {
    const result = await database.db
      .selectFrom('observations')
      .select(['reason', (eb) => eb.fn.countAll<number>().as('n')])
      .where('reason', 'like', 'crash-%')
      .groupBy('reason')
      .execute();
    return new Map(result.map((r) => [String(r.reason), Number(r.n)]));
  } finally {
    await database.close();
  }
}

describe.each(testDialects())('crash safety on $dialect', ({ dialect, create }) => {
  it(`keeps ${kills} killed imports of ${rows.toLocaleString('en')} rows all-or-nothing`, {
    timeout: 900_000,
  }, async () => {
    const { database, url } = await create();
    await bootstrap(database, {
      tenantCode: 'default',
      tenantName: 't',
      plans: ['hebi-etdz-14th'],
      includeDemo: false,
      scryptN: 16,
      clock,
    });
    await database.close();

    // One undisturbed run tells how long an import takes on this machine.
    const full = await runChild(['import', url, 'crash-calibrate', String(rows)], null);
    expect(full.acked, full.err).toBe(true);
    const acknowledged = new Set(['crash-calibrate']);
    let random = 20261127;
    const next = () => {
      random = (random * 1103515245 + 12345) % 2 ** 31;
      return random / 2 ** 31;
    };
    for (let i = 0; i < kills; i += 1) {
      const label = `crash-${i}`;
      // Most kills land mid-import; a few after it finished, which must then be intact.
      const run = await runChild(['import', url, label, String(rows)], Math.round(next() * full.ms * 1.1));
      if (run.acked) acknowledged.add(label);
      expect(await integrityOk(url), `integrity after run ${i}`).toBe(true);
      const counts = await importedCounts(url);
      for (const [reason, n] of counts) expect([0, rows], `${reason} is whole or absent`).toContain(n);
      for (const label of acknowledged)
        expect(counts.get(label), `acknowledged ${label} survives`).toBe(rows);
    }
    // The figures docs/reliability.md quotes.
    console.info(
      `[reliability] ${dialect}: ${kills} imports of ${rows} rows killed at random, ${acknowledged.size - 1} finished first, integrity ok every time`,
    );
  });

  it('keeps approvals all-or-nothing when killed: approved with its ledger entry, or still submitted without', {
    timeout: 300_000,
  }, async () => {
    const { database, url } = await create();
    const boot = await bootstrap(database, {
      tenantCode: 'default',
      tenantName: 't',
      plans: ['hebi-etdz-14th'],
      includeDemo: false,
      scryptN: 16,
      clock,
    });
    const admin: ServiceContext = {
      database,
      tenantId: boot.tenantId,
      actor: { id: 1, username: 'admin', displayName: 'a', role: 'admin', unitId: null },
      requestId: 'crash',
      clock,
    };
    const plan = await findPlan(admin, 'hebi-etdz-14th');
    const unit = (await listUnits(admin)).find((u) => u.code === 'park-jinshan');
    if (!unit) throw new Error('park-jinshan missing');
    const codes = ['T12', 'T13', 'T15', 'T21', 'T25', 'T26', 'T27', 'T28'];
    for (const code of codes)
      await setAssignment(admin, plan, {
        itemType: 'indicator',
        itemCode: code,
        lead: 'park-jinshan',
        co: [],
      });
    const round = await openRound(admin, plan, {
      name: 'crash',
      period: '2023',
      opensOn: '2024-01-01',
      dueOn: '2099-01-01',
      itemTypes: ['indicator'],
    });
    const reporter: ServiceContext = {
      ...admin,
      actor: { id: 2, username: 'r', displayName: 'r', role: 'reporter', unitId: unit.id },
    };
    const submitted = [];
    for (const report of await listReports(admin, plan, { roundId: round.id })) {
      submitted.push(
        await submitReport(reporter, report.id, report.version, { measure: 'level', value: 40 + report.id }),
      );
    }
    await database.close();
    for (const [i, report] of submitted.entries()) {
      await runChild(
        ['approve', url, `approval-${i}`, `${report.id},${report.version},3,${unit.id}`],
        (i * 7) % 40,
      );
      expect(await integrityOk(url)).toBe(true);
    }
    const check = openDatabase(url);
    for (const report of submitted) {
      const row = await check.db
        .selectFrom('reports')
        .select(['status'])
        .where('id', '=', report.id)
        .executeTakeFirstOrThrow();
      const entries = await check.db
        .selectFrom('observations')
        .select('id')
        .where('report_id', '=', report.id)
        .execute();
      expect([row.status, entries.length], `report ${report.id}`).toEqual(
        row.status === 'approved' ? ['approved', 1] : ['submitted', 0],
      );
    }
    await check.close();
  });

  it('survives kills during migrations: the schema ends complete and migrates again cleanly', {
    timeout: 300_000,
  }, async () => {
    const { database: empty, url } = await create({ migrate: false });
    await empty.close();
    for (let i = 0; i < 5; i += 1) {
      await runChild(['migrate', url, `m${i}`], i * 15);
      expect(await integrityOk(url)).toBe(true);
    }
    const finished = await runChild(['migrate', url, 'final'], null);
    expect(finished.acked, finished.err).toBe(true);
    const database = openDatabase(url);
    const tables = (await database.db.introspection.getTables()).map((t) => t.name);
    await database.close();
    expect(tables).toEqual(expect.arrayContaining(['observations', 'reports', 'audit_log']));
  });
});
