/**
 * vitest global setup: makes PostgreSQL available to the dialect-parametrised tests. Uses
 * LANTU_TEST_PG when set (an admin URL); otherwise starts a private cluster when the binaries exist;
 * otherwise the PostgreSQL half of the suite is skipped with a notice.
 */
import type { TestProject } from 'vitest/node';
import { type Cluster, startCluster } from './postgres-cluster';

let cluster: Cluster | null = null;

export async function setup(project: TestProject): Promise<void> {
  // LANTU_TEST_PG: a server's admin URL to use, `off` for SQLite only, unset to start a private cluster.
  const off = process.env.LANTU_TEST_PG === 'off';
  let url = off ? '' : (process.env.LANTU_TEST_PG ?? '');
  if (!url && !off) {
    try {
      cluster = await startCluster();
      url = cluster?.url ?? '';
    } catch (error) {
      console.warn(`[lantu] could not start PostgreSQL for tests: ${String(error)}`);
    }
  }
  if (!url) console.warn('[lantu] PostgreSQL not available: dialect tests run on SQLite only');
  project.provide('pgAdminUrl', url);
}

export function teardown(): void {
  cluster?.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}
