/**
 * Who may do what (architecture.md: authorization decisions live in services). Permissions are
 * scoped to units: a reporter of 金山园区 can neither read the drafts nor write the values of 城东园区.
 * The route table names one permission per route; the authorization-matrix test walks them all.
 */

import { DomainError } from '../contracts/domain-error';
import { type Permission, type Role, roleGrants } from '../contracts/permissions';

export type { Permission } from '../contracts/permissions';

export interface Actor {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  unitId: number | null;
}

/** Permissions checked against the unit of the thing touched. */
const unitScoped = new Set<Permission>(['report.read', 'report.write', 'report.review', 'project.report']);

/** Roles that see every unit's reports. */
const seesAllUnits = new Set<Role>(['admin', 'plan_office', 'leader']);

export function hasPermission(actor: Actor | null, permission: Permission, unitId?: number): boolean {
  if (!actor) return false;
  if (!roleGrants[actor.role].includes(permission)) return false;
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
