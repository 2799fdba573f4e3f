/**
 * Reading the audit log (the writing side is context.audit, called inside every mutation).
 */
import { type AuditEntry, AuditRepository } from '../../db/repositories/audit-repository';
import { authorize } from '../authorization';
import type { ServiceContext } from '../context';

export async function listAudit(
  ctx: ServiceContext,
  filter: {
    entityType?: string | undefined;
    entityId?: string | undefined;
    before?: number | undefined;
    limit: number;
  },
): Promise<AuditEntry[]> {
  authorize(ctx.actor, 'audit.read');
  return new AuditRepository(ctx.database.db, ctx.tenantId).list({
    limit: filter.limit,
    ...(filter.entityType ? { entityType: filter.entityType } : {}),
    ...(filter.entityId ? { entityId: filter.entityId } : {}),
    ...(filter.before ? { beforeId: filter.before } : {}),
  });
}
