/**
 * Starting Lantu for real: configuration, the database (migrated at start-up under a lock unless
 * --no-migrate), the first-start bootstrap, the cookie secret, then the HTTP server. Used by
 * `lantu serve` (npm start) and by the tests that need a listening server.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config';
import { type Database, openDatabase } from '../db/connection';
import { migrateToLatest } from '../db/migrate';
import { privateDir, writePrivateFile } from '../db/private-files';
import { type BootstrapResult, bootstrap } from '../services/system/bootstrap';
import { buildApp } from './app';

/** The cookie-signing secret, created once per installation and kept in the data folder. */
export function cookieSecret(dataDir: string): string {
  const file = join(dataDir, 'secret.key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  privateDir(dataDir);
  const secret = randomBytes(32).toString('hex');
  writePrivateFile(file, `${secret}\n`);
  return secret;
}

/**
 * The server's logger. Passwords never reach it (Fastify logs no bodies); session cookies, CSRF
 * tokens and Set-Cookie headers are redacted should a log line carry headers.
 */
export function loggerOptions(level: string, stream?: NodeJS.WritableStream) {
  return {
    level,
    redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
    ...(stream ? { stream } : {}),
  };
}

export interface Running {
  app: FastifyInstance;
  database: Database;
  boot: BootstrapResult;
  url: string;
  close(): Promise<void>;
}

export async function startServer(
  config: Config,
  options: { migrate: boolean; plans?: readonly string[] },
): Promise<Running> {
  const dataDir = resolve(config.LANTU_DATA_DIR);
  const database = openDatabase(config.LANTU_DB);
  if (options.migrate) await migrateToLatest(database.db);
  const boot = await bootstrap(database, {
    tenantCode: 'default',
    tenantName: '默认 / default',
    plans: options.plans ?? ['hebi-etdz-14th'],
    includeDemo: config.LANTU_DEMO_DATA === 'true',
    scryptN: config.LANTU_SCRYPT_N,
    clock: () => new Date(),
  });
  const app = await buildApp({
    database,
    tenantId: boot.tenantId,
    cookieSecret: cookieSecret(dataDir),
    logger: loggerOptions(config.LANTU_LOG_LEVEL),
    secureCookies: config.LANTU_SECURE_COOKIES === 'true',
    maxUploadBytes: config.LANTU_MAX_UPLOAD_MB * 1024 * 1024,
    scryptN: config.LANTU_SCRYPT_N,
    sessionHours: config.LANTU_SESSION_HOURS,
    dataDir,
  });
  const address = await app.listen({ port: config.LANTU_PORT, host: config.LANTU_HOST });
  return {
    app,
    database,
    boot,
    url: address,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
