/**
 * The one place where SQLite and PostgreSQL differ (architecture.md rule 3). Everything else —
 * timestamps as ISO text, JSON as text, booleans as 0/1, values as double precision — is written the
 * same way for both, which is also what keeps evaluation results identical bit for bit across them.
 */
import type { ColumnDefinitionBuilder, CreateTableBuilder, Kysely } from 'kysely';
import { sql } from 'kysely';
import type { DB } from './schema';

export type DialectName = 'sqlite' | 'postgres';

/** Which dialect a Kysely instance speaks; migrations get it from the adapter class. */
export function dialectOf(db: Kysely<unknown>): DialectName {
  const adapter = db.getExecutor().adapter.constructor.name;
  return adapter.toLowerCase().includes('postgres') ? 'postgres' : 'sqlite';
}

/** An auto-numbered integer primary key on either database. */
export function withId<T extends string>(
  table: CreateTableBuilder<T, never>,
  dialect: DialectName,
): CreateTableBuilder<T, 'id'> {
  return dialect === 'postgres'
    ? table.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

/** Foreign key column that deletes nothing by accident: history is never removed. */
export function references(table: string) {
  return (c: ColumnDefinitionBuilder) => c.references(`${table}.id`).onDelete('restrict');
}

/** Case-insensitive LIKE on both dialects, for search boxes. */
export function ilike(dialect: DialectName) {
  return dialect === 'postgres' ? sql.raw('ilike') : sql.raw('like');
}

/** Current time as stored: ISO 8601 with milliseconds, UTC; sortable as text on both dialects. */
export function nowIso(clock: () => Date = () => new Date()): string {
  return clock().toISOString();
}

/**
 * A unique or primary-key constraint refused a write (a concurrent writer got there first), told by
 * the driver's error code: 23505 on PostgreSQL, SQLITE_CONSTRAINT_UNIQUE / _PRIMARYKEY on SQLite.
 */
export function isUniqueViolation(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/**
 * After rows were inserted with their ids (a restore), the table's identity continues after the
 * highest id. PostgreSQL keeps a separate sequence; SQLite's autoincrement follows max(id) by itself.
 */
export async function continueIdentity(db: Kysely<DB>, dialect: DialectName, table: keyof DB): Promise<void> {
  if (dialect !== 'postgres') return;
  await sql`select setval(pg_get_serial_sequence(${table}, 'id'), coalesce((select max(id) from ${sql.table(table)}), 0) + 1, false)`.execute(
    db,
  );
}
