/**
 * Who may do what (architecture.md: authorization decisions live in services). Permissions are
 * scoped to units: a reporter of 金山园区 can neither read the drafts nor write the values of 城东园区.
 * The route table names one permission per route; the authorization-matrix test walks them all.
 */
import type { Role } from '../db/repositories/user-repository';
import { DomainError } from './domain-error';

export interface Actor {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  unitId: number | null;
}

export type Permission =
  /** Read plans, indicators, evaluations, dashboards (public: public plans only). */
  | 'plan.read'
  /** Load plans, edit their definition, publish them. */
  | 'plan.manage'
  | 'assignment.manage'
  | 'annual_target.manage'
  | 'round.manage'
  | 'round.read'
  /** Read reports: office, leaders, and the unit's own reporters and reviewers. */
  | 'report.read'
  /** Save and submit a report of one's own unit. */
  | 'report.write'
  /** Approve or return a report of one's own unit. */
  | 'report.review'
  /** Enter values directly in the ledger (the plan office's own statistics). */
  | 'ledger.write'
  /** Restore an earlier revision (itself a new revision). */
  | 'ledger.restore'
  /** Add and edit projects of the library, move their stages, set annual plans, milestones, 督办. */
  | 'project.manage'
  /**
   * A unit's part in the project library: raise a problem on its project, answer a problem assigned to
   * it, record a milestone it is responsible for (checked against the unit, like reports).
   */
  | 'project.report'
  | 'unit.manage'
  | 'user.manage'
  | 'audit.read'
  /** Anyone signed in: their own account, password change, logout. */
  | 'self';

const grants: Record<Role, readonly Permission[]> = {
  admin: [
    'plan.read',
    'plan.manage',
    'assignment.manage',
    'annual_target.manage',
    'round.manage',
    'round.read',
    'report.read',
    'ledger.write',
    'ledger.restore',
    'project.manage',
    'project.report',
    'unit.manage',
    'user.manage',
    'audit.read',
    'self',
  ],
  plan_office: [
    'plan.read',
    'plan.manage',
    'assignment.manage',
    'annual_target.manage',
    'round.manage',
    'round.read',
    'report.read',
    'ledger.write',
    'project.manage',
    'project.report',
    'unit.manage',
    'audit.read',
    'self',
  ],
  reporter: ['plan.read', 'round.read', 'report.read', 'report.write', 'project.report', 'self'],
  reviewer: ['plan.read', 'round.read', 'report.read', 'report.review', 'project.report', 'self'],
  leader: ['plan.read', 'round.read', 'report.read', 'self'],
};

/** Permissions checked against the unit of the thing touched. */
const unitScoped = new Set<Permission>(['report.read', 'report.write', 'report.review', 'project.report']);

/** Roles that see every unit's reports. */
const seesAllUnits = new Set<Role>(['admin', 'plan_office', 'leader']);

export function hasPermission(actor: Actor | null, permission: Permission, unitId?: number): boolean {
  if (!actor) return false;
  if (!grants[actor.role].includes(permission)) return false;
  if (unitScoped.has(permission) && unitId !== undefined && !seesAllUnits.has(actor.role)) {
    return actor.unitId === unitId;
  }
  return true;
}

/** Throws 401 without an actor, 403 without the permission (for that unit). */
export function authorize(actor: Actor | null, permission: Permission, unitId?: number): Actor {
  if (!actor) {
    throw new DomainError('unauthenticated', { zh: '请先登录', en: 'please sign in' });
  }
  if (!hasPermission(actor, permission, unitId)) {
    throw new DomainError('forbidden', {
      zh: unitId === undefined ? '没有执行此操作的权限' : '没有权限访问其他单位的数据',
      en: unitId === undefined ? 'you are not allowed to do this' : "you may not access another unit's data",
    });
  }
  return actor;
}

/** Units whose reports an actor may see: all (null) or their own. */
export function visibleUnit(actor: Actor): number | null {
  return seesAllUnits.has(actor.role) ? null : (actor.unitId ?? -1);
}
