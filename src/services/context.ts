/**
 * What every use-case runs with: the database, the tenant, who is acting, the request id for the
 * audit log, and a clock (tests fix it; the core never reads one).
 */
import type { Transaction } from 'kysely';
import type { Database } from '../db/connection';
import { AuditRepository, type NewAuditEntry } from '../db/repositories/audit-repository';
import type { Executor } from '../db/repositories/executor';
import type { DB } from '../db/schema';
import type { Actor } from './authorization';
import type { ReportRenderer } from './report-renderer';
import type { SpreadsheetReader } from './spreadsheet-reader';

export interface ServiceContext {
  database: Database;
  tenantId: number;
  actor: Actor | null;
  requestId: string | null;
  clock: () => Date;
  /** The server's report workers and cache; without it (CLI, tests of services) the process's own. */
  reportRendering?: ReportRenderer;
  /** The server's spreadsheet workers; without them uploads are read in the calling thread. */
  spreadsheetReading?: SpreadsheetReader;
}

export function nowOf(ctx: ServiceContext): string {
  return ctx.clock().toISOString();
}

/** Runs `fn` in one transaction: a crash in the middle leaves the database as it was. */
export function transaction<T>(ctx: ServiceContext, fn: (tx: Transaction<DB>) => Promise<T>): Promise<T> {
  return ctx.database.db.transaction().execute(fn);
}

/** Records a mutation in the audit log, inside the caller's transaction. */
export async function audit(
  ctx: ServiceContext,
  tx: Executor,
  entry: Pick<NewAuditEntry, 'action' | 'entityType' | 'entityId'> & { before?: unknown; after?: unknown },
): Promise<void> {
  await new AuditRepository(tx, ctx.tenantId).append({
    at: nowOf(ctx),
    actorId: ctx.actor?.id ?? null,
    actorName: ctx.actor?.username ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
    requestId: ctx.requestId,
  });
}
