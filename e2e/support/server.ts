/**
 * A real Lantu server for browser tests: temporary data folder and SQLite file, a free port, fast
 * password hashing, the Hebi plan loaded (with or without the demo observations).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config';
import { startServer } from '../../src/server/runtime';

export interface Lantu {
  url: string;
  adminPassword: string;
  close(): Promise<void>;
}

export async function startLantu(options: { demo: boolean }): Promise<Lantu> {
  const dir = mkdtempSync(join(tmpdir(), 'lantu-e2e-'));
  const config = loadConfig({
    LANTU_DB: `sqlite:${join(dir, 'lantu.db')}`,
    LANTU_DATA_DIR: dir,
    LANTU_PORT: '0',
    LANTU_HOST: '127.0.0.1',
    LANTU_SCRYPT_N: '16',
    LANTU_LOG_LEVEL: 'warn',
    LANTU_DEMO_DATA: options.demo ? 'true' : 'false',
  });
  const running = await startServer(config, { migrate: true });
  const adminPassword = running.boot.adminPassword;
  if (!adminPassword) throw new Error('a fresh database must create the administrator');
  return {
    url: running.url,
    adminPassword,
    async close() {
      await running.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
