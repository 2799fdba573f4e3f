/**
 * First start: the default tenant, the bundled Hebi plan with its demo data, and the administrator —
 * created with a one-time random password that is printed once and must be changed at first login
 * (never a fixed default password).
 */

import type { Database } from '../../db/connection';
import { PlanRepository } from '../../db/repositories/plan-repository';
import { TenantRepository } from '../../db/repositories/tenant-repository';
import { UserRepository } from '../../db/repositories/user-repository';
import { generatePassword, hashPassword } from '../auth/password';
import type { ServiceContext } from '../context';
import { openPlan } from '../plan-package/plan-catalog';
import { importPlanPackage } from '../plan-package/plan-import';

export interface BootstrapOptions {
  tenantCode: string;
  tenantName: string;
  /** Bundled plans to load when missing. */
  plans: readonly string[];
  includeDemo: boolean;
  scryptN: number;
  clock: () => Date;
}

export interface BootstrapResult {
  tenantId: number;
  plansLoaded: string[];
  /** Set only on the start that created the administrator: show it once, never log it. */
  adminPassword: string | null;
}

export async function bootstrap(database: Database, options: BootstrapOptions): Promise<BootstrapResult> {
  const now = options.clock().toISOString();
  const tenants = new TenantRepository(database.db);
  const tenant =
    (await tenants.findByCode(options.tenantCode)) ??
    (await tenants.insert(options.tenantCode, options.tenantName, now));
  const ctx: ServiceContext = {
    database,
    tenantId: tenant.id,
    actor: null,
    requestId: 'bootstrap',
    clock: options.clock,
  };

  const plansLoaded: string[] = [];
  const plans = new PlanRepository(database.db, tenant.id);
  for (const code of options.plans) {
    if (await plans.findByCode(code)) continue;
    await importPlanPackage(ctx, openPlan(code), { includeDemo: options.includeDemo });
    plansLoaded.push(code);
  }

  let adminPassword: string | null = null;
  const users = new UserRepository(database.db, tenant.id);
  if ((await users.count()) === 0) {
    adminPassword = generatePassword();
    await users.insert(
      {
        username: 'admin',
        displayName: '系统管理员',
        passwordHash: await hashPassword(adminPassword, options.scryptN),
        role: 'admin',
        unitId: null,
        mustChangePassword: true,
      },
      now,
    );
  }
  return { tenantId: tenant.id, plansLoaded, adminPassword };
}
