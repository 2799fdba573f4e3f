/**
 * What repositories run their SQL on: the database, or a transaction of it. Services decide which.
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../schema';

export type Executor = Kysely<DB> | Transaction<DB>;

/** Inserting thousands of rows in one statement trips PostgreSQL's 65,535-parameter limit. */
export function chunks<T>(items: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** 0/1 integer columns as booleans, at the edge of the repository. */
export const bool = (v: number): boolean => v === 1;
export const bit = (v: boolean): number => (v ? 1 : 0);
