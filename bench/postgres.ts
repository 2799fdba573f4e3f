/**
 * PostgreSQL for the benchmarks: LANTU_BENCH_PG (an admin URL) when set, else a private cluster
 * started like the tests' (initdb/pg_ctl on 127.0.0.1) when the Debian binaries exist; each workload
 * gets a fresh database of its own.
 */
import pg from 'pg';
import { type Cluster, startCluster } from '../src/db/test-support/postgres-cluster';

let cluster: Cluster | null = null;
let admin: string | null | undefined;

export async function postgresAdminUrl(): Promise<string | null> {
  if (admin !== undefined) return admin;
  if (process.env.LANTU_BENCH_PG === 'off') {
    admin = null;
    return admin;
  }
  if (process.env.LANTU_BENCH_PG) {
    admin = process.env.LANTU_BENCH_PG;
    return admin;
  }
  try {
    cluster = await startCluster();
  } catch {
    cluster = null;
  }
  admin = cluster?.url ?? null;
  return admin;
}

export async function freshPostgres(name: string): Promise<string | null> {
  const url = await postgresAdminUrl();
  if (!url) return null;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const db = `lantu_bench_${name}_${Date.now()}`;
  await client.query(`create database ${db}`);
  await client.end();
  return url.replace(/\/[^/]*$/, `/${db}`);
}

export function stopPostgres(): void {
  cluster?.stop();
  cluster = null;
}
