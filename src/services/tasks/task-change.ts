/**
 * Every task write ends the same way, inside its transaction: the plan's data version moves (so the
 * dashboard, lists and reports rebuild from the new ledger) and the audit log keeps the change.
 */

import type { Executor } from '../../db/repositories/executor';
import { PlanRepository } from '../../db/repositories/plan-repository';
import { audit, type ServiceContext } from '../context';

export async function recordTaskChange(
  ctx: ServiceContext,
  tx: Executor,
  planId: number,
  entry: Parameters<typeof audit>[2],
): Promise<void> {
  await new PlanRepository(tx, ctx.tenantId).bumpDataVersion(planId);
  await audit(ctx, tx, entry);
}
