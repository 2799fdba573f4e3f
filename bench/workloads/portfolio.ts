/**
 * `portfolio`: a provincial deployment — 3,000 zones × 60 indicators × 60 monthly values (10.8 M
 * observations) in one database. Figures: the full re-evaluation time, and one zone's dashboard p99
 * under load against the same zone in a database of its own (aim: within 2×).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type Database, openDatabase } from '../../src/db/connection';
import { migrateToLatest } from '../../src/db/migrate';
import { insertObservationRows, type ObservationRow } from '../../src/db/repositories/observation-bulk';
import { PlanRepository } from '../../src/db/repositories/plan-repository';
import { buildApp } from '../../src/server/app';
import { addUser } from '../../src/services/auth/users';
import type { ServiceContext } from '../../src/services/context';
import { currentSeries } from '../../src/services/ledger/current-series';
import { findPlan } from '../../src/services/plans/stored-plan';
import { evaluatePortfolio } from '../../src/services/portfolio/portfolio-evaluation';
import { bootstrap } from '../../src/services/system/bootstrap';
import type { Figure } from '../measure';
import { syntheticPackage } from '../synthetic-package';

const indicatorsPerZone = 60;

async function populate(url: string, zones: number): Promise<{ database: Database; ctx: ServiceContext }> {
  const started = performance.now();
  const database = openDatabase(url);
  await migrateToLatest(database.db);
  const clock = () => new Date('2026-01-15T00:00:00Z');
  const boot = await bootstrap(database, {
    tenantCode: 'default',
    tenantName: 'bench',
    plans: [],
    includeDemo: false,
    scryptN: 1024,
    clock,
  });
  const ctx: ServiceContext = {
    database,
    tenantId: boot.tenantId,
    actor: { id: 1, username: 'admin', displayName: 'admin', role: 'admin', unitId: null },
    requestId: 'bench',
    clock,
  };
  // Plans go in 100 to a transaction through the plan repository (the import service would audit
  // each one separately — correct for people, needless for a generated province).
  for (let z = 0; z < zones; z += 100) {
    await database.db.transaction().execute(async (tx) => {
      const repo = new PlanRepository(tx, ctx.tenantId);
      for (let k = z; k < Math.min(zones, z + 100); k += 1) {
        const pkg = syntheticPackage(`zone-${String(k).padStart(4, '0')}`, indicatorsPerZone);
        const { observationSets: _o, annualTargets: _a, units: _u, ...definition } = pkg;
        await repo.insert(definition, '{}', null, ctx.clock().toISOString());
      }
    });
  }
  const timeline: string[] = [`plans ${(performance.now() - started).toFixed(0)} ms`];
  const plans = await database.db.selectFrom('plans').select(['id', 'code']).orderBy('id').execute();
  const now = clock().toISOString();
  for (let start = 0; start < plans.length; start += 50) {
    const rows: ObservationRow[] = [];
    for (const plan of plans.slice(start, start + 50)) {
      for (let i = 0; i < indicatorsPerZone; i += 1) {
        const base = 100 + (i % 50);
        for (let m = 0; m < 60; m += 1) {
          rows.push({
            tenant_id: ctx.tenantId,
            plan_id: plan.id,
            indicator_code: `B${String(i + 1).padStart(4, '0')}`,
            period: `${2021 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`,
            measure: 'level',
            value: Math.round((base + (m + 1) * (0.6 + ((plan.id + i) % 7) / 10)) * 100) / 100,
            layer: 'published',
            revision: 1,
            source: 'bench',
            reason: 'bench',
            report_id: null,
            created_by: null,
            created_at: now,
          });
        }
      }
    }
    await database.db.transaction().execute((tx) => insertObservationRows(database, tx, rows));
  }
  timeline.push(`observations ${(performance.now() - started).toFixed(0)} ms`);
  // Loading ends as ingestion does: each plan's current series is materialised for its views.
  for (const plan of await new PlanRepository(database.db, ctx.tenantId).list()) {
    await currentSeries(ctx, plan, 'all', plan.dataVersion);
  }
  timeline.push(`series ${(performance.now() - started).toFixed(0)} ms`);
  if (process.env.LANTU_BENCH_VERBOSE) process.stderr.write(`[portfolio load] ${timeline.join(', ')}\n`);
  return { database, ctx };
}

const cannon = createRequire(import.meta.url).resolve('autocannon/autocannon.js');

async function dashboardP99(database: Database, ctx: ServiceContext, seconds: number): Promise<number> {
  await addUser(
    ctx,
    { username: 'bench-leader', displayName: 'l', role: 'leader', password: 'bench password 1' },
    1024,
  ).catch(() => undefined);
  const app = await buildApp({
    database,
    tenantId: ctx.tenantId,
    cookieSecret: 'bench-secret-bench-secret-bench-secret',
    scryptN: 1024,
    sessionHours: 12,
    dataDir: mkdtempSync(join(tmpdir(), 'lantu-pf-')),
    loginRateLimit: 1_000_000,
  });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'bench-leader', password: 'bench password 1' }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        cannon,
        '-c',
        '16',
        '-d',
        String(seconds),
        '-j',
        '-H',
        `cookie=${cookie}`,
        `${base}/api/plans/zone-0000/dashboard?asOf=2025`,
      ],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    return (JSON.parse(stdout) as { latency: { p99: number } }).latency.p99;
  } finally {
    await app.close();
  }
}

export async function portfolioWorkload(
  zones = 3000,
  postgres: { url: string; alone: string } | null = null,
  seconds = 10,
): Promise<Figure[]> {
  const figures: Figure[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'lantu-portfolio-'));
  for (const [name, url, alone] of [
    ['sqlite', `sqlite:${join(dir, 'portfolio.db')}`, `sqlite:${join(dir, 'alone.db')}`],
    ...(postgres ? [['postgres', postgres.url, postgres.alone] as const] : []),
  ] as const) {
    const t0 = performance.now();
    const { database, ctx } = await populate(url, zones);
    const loadMs = performance.now() - t0;
    const t1 = performance.now();
    const summary = await evaluatePortfolio(ctx, '2025');
    const evalMs = performance.now() - t1;
    figures.push(
      {
        workload: 'portfolio',
        name: `${name}: load ${zones} zones, ${(summary.observations / 1e6).toFixed(1)} M obs`,
        value: loadMs / 1000,
        unit: 's',
        baseline: null,
        baselineName: null,
        ratio: null,
        aim: null,
      },
      {
        workload: 'portfolio',
        name: `${name}: full re-evaluation`,
        value: evalMs / 1000,
        unit: 's',
        baseline: null,
        baselineName: null,
        ratio: null,
        aim: '≤ 10 s',
      },
    );
    await findPlan(ctx, 'zone-0000');
    const loaded = await dashboardP99(database, ctx, seconds);
    await database.close();
    if (alone) {
      const single = await populate(alone, 1);
      const solo = await dashboardP99(single.database, single.ctx, seconds);
      await single.database.close();
      figures.push({
        workload: 'portfolio',
        name: `${name}: one zone's dashboard p99 (16 conn.)`,
        value: loaded,
        unit: 'ms',
        baseline: solo,
        baselineName: 'the zone alone',
        ratio: loaded / Math.max(solo, 1e-9),
        aim: 'within 2×',
      });
    }
  }
  return figures;
}
