/**
 * `ingest`: 1,000,000 observation rows from a CSV file into the database through Lantu's own path —
 * decode, parse, check every row against the plan, write one transaction — against the same rows
 * written by a bare prepared INSERT in one transaction (SQLite) or psql's COPY (PostgreSQL).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { openDatabase } from '../../src/db/connection';
import { migrateToLatest } from '../../src/db/migrate';
import { PlanRepository } from '../../src/db/repositories/plan-repository';
import { importObservationFile } from '../../src/io/importers/observation-file-import';
import { defaultSpreadsheetLimits } from '../../src/io/spreadsheet-safety/limits';
import type { ServiceContext } from '../../src/services/context';
import { ingestObservations } from '../../src/services/ledger/observation-ingest';
import { importPlanPackage } from '../../src/services/plan-package/plan-import';
import { findPlan } from '../../src/services/plans/stored-plan';
import { bootstrap } from '../../src/services/system/bootstrap';
import type { Figure } from '../measure';
import { syntheticPackage } from '../synthetic-package';

/** 600 indicators × monthly periods from 1951: a million distinct (indicator, period) rows. */
const indicatorCount = 600;
const code = (i: number) => `B${String((i % indicatorCount) + 1).padStart(4, '0')}`;
const period = (i: number) => {
  const month = Math.floor(i / indicatorCount);
  return `${1951 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
};

function writeCsv(path: string, rows: number): void {
  const lines = ['指标编号,期间,数值,来源'];
  for (let i = 0; i < rows; i += 1) lines.push(`${code(i)},${period(i)},${(i % 1000) / 10},统计月报`);
  writeFileSync(path, `${lines.join('\n')}\n`);
}

export async function ingestWorkload(rows = 1_000_000, postgresUrl: string | null = null): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'lantu-ingest-'));
  const csv = join(dir, 'observations.csv');
  writeCsv(csv, rows);
  const figures: Figure[] = [];
  for (const url of [`sqlite:${join(dir, 'lantu.db')}`, ...(postgresUrl ? [postgresUrl] : [])]) {
    const database = openDatabase(url);
    await migrateToLatest(database.db);
    const boot = await bootstrap(database, {
      tenantCode: 'default',
      tenantName: 'bench',
      plans: [],
      includeDemo: false,
      scryptN: 1024,
      clock: () => new Date(),
    });
    const ctx: ServiceContext = {
      database,
      tenantId: boot.tenantId,
      actor: { id: 1, username: 'admin', displayName: 'admin', role: 'admin', unitId: null },
      requestId: 'bench',
      clock: () => new Date(),
    };
    await importPlanPackage(ctx, syntheticPackage('bench-ingest', indicatorCount), { includeDemo: false });
    const plan = await findPlan(ctx, 'bench-ingest');
    const def = await new PlanRepository(database.db, ctx.tenantId).loadDefinition(plan.id);

    const t0 = performance.now();
    // A million rows is a 35 MB file: above the web upload limit, which the CLI and the bench may raise.
    const result = await importObservationFile(csv, {
      indicators: def.indicators,
      limits: { ...defaultSpreadsheetLimits, maxFileBytes: 512 * 1024 * 1024 },
    });
    await ingestObservations(
      ctx,
      plan,
      result.accepted.map((a) => ({
        indicatorCode: a.observation.indicator,
        period: a.observation.period,
        measure: a.observation.measure,
        value: a.observation.value,
        source: a.observation.source ?? null,
      })),
      { reason: 'bench' },
    );
    const lantuMs = performance.now() - t0;
    const baselineMs =
      database.dialect === 'sqlite' ? sqliteBaseline(dir, result.accepted.length) : pgCopyBaseline(url, csv);
    await database.close();
    const lantuRate = result.accepted.length / (lantuMs / 1000);
    const baseRate = result.accepted.length / (baselineMs / 1000);
    figures.push({
      workload: 'ingest',
      name: `${(result.accepted.length / 1e6).toFixed(1)} M CSV rows → ${database.dialect}`,
      value: lantuRate,
      unit: 'rows/s',
      baseline: baseRate,
      baselineName: database.dialect === 'sqlite' ? 'raw prepared insert' : 'psql COPY',
      ratio: lantuRate / baseRate,
      aim: '≥ 0.5',
    });
  }
  return figures;
}

/** The same number of rows through a bare prepared statement in one transaction, nothing else. */
function sqliteBaseline(dir: string, count: number): number {
  const db = new BetterSqlite3(join(dir, 'baseline.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(
    'create table observations (indicator_code text, period text, measure text, value real, source text)',
  );
  const insert = db.prepare('insert into observations values (?, ?, ?, ?, ?)');
  const t0 = performance.now();
  db.transaction(() => {
    for (let i = 0; i < count; i += 1) {
      insert.run(code(i), period(i), 'level', (i % 1000) / 10, '统计月报');
    }
  })();
  const ms = performance.now() - t0;
  db.close();
  return ms;
}

function pgCopyBaseline(url: string, csv: string): number {
  const sql =
    'create temp table bench_copy (indicator_code text, period text, value float8, source text); ' +
    `\\copy bench_copy from '${csv}' with (format csv, header true)`;
  const t0 = performance.now();
  execFileSync('psql', [
    url,
    '-v',
    'ON_ERROR_STOP=1',
    '-q',
    '-c',
    sql.split('; ')[0] ?? '',
    '-c',
    sql.split('; ')[1] ?? '',
  ]);
  return performance.now() - t0;
}
