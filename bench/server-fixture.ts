/**
 * A real Lantu server for benchmarks, in this process, on a temporary SQLite (or PostgreSQL) database
 * with the Hebi plan loaded, an office user signed in, and a baseline route that returns a constant
 * body — measured in the same server so the ratio cancels the machine out.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type Database, openDatabase } from '../src/db/connection';
import { migrateToLatest } from '../src/db/migrate';
import { buildApp } from '../src/server/app';
import type { AnyRoute } from '../src/server/http/route';
import { addUser } from '../src/services/auth/users';
import type { ServiceContext } from '../src/services/context';
import { bootstrap } from '../src/services/system/bootstrap';

export interface BenchServer {
  app: FastifyInstance;
  database: Database;
  base: string;
  cookie: string;
  csrf: string;
  ctx: ServiceContext;
  close(): Promise<void>;
}

export async function startBenchServer(
  options: { db?: string; extraRoutes?: AnyRoute[] } = {},
): Promise<BenchServer> {
  const dir = mkdtempSync(join(tmpdir(), 'lantu-bench-'));
  const database = openDatabase(options.db ?? `sqlite:${join(dir, 'bench.db')}`);
  await migrateToLatest(database.db);
  const clock = () => new Date();
  const boot = await bootstrap(database, {
    tenantCode: 'default',
    tenantName: 'bench',
    plans: ['hebi-etdz-14th'],
    includeDemo: true,
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
  await addUser(
    ctx,
    { username: 'bench-office', displayName: 'bench', role: 'plan_office', password: 'bench password 1' },
    1024,
  );
  const app = await buildApp({
    database,
    tenantId: boot.tenantId,
    cookieSecret: 'bench-secret-bench-secret-bench-secret',
    scryptN: 1024,
    sessionHours: 12,
    dataDir: dir,
    loginRateLimit: 1_000_000,
    extraRoutes: options.extraRoutes ?? [],
  });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'bench-office', password: 'bench password 1' }),
  });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
  return {
    app,
    database,
    base,
    cookie,
    csrf,
    ctx,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
