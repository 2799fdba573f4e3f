/**
 * Which menu entries a role sees, from the grants the server decides by (src/contracts/permissions.ts)
 * — used only to hide what a person cannot use; the server checks every request anyway.
 */
import { type Permission, roleGrants } from '../../../src/contracts/permissions';
import type { Role } from '../api/types';

export function can(role: Role | undefined, permission: Permission): boolean {
  return role !== undefined && roleGrants[role].includes(permission);
}

export type NavKey =
  | 'dashboard'
  | 'planDrafts'
  | 'outline'
  | 'indicators'
  | 'projects'
  | 'tasks'
  | 'myTasks'
  | 'reports'
  | 'inbox'
  | 'review'
  | 'rounds'
  | 'users'
  | 'units'
  | 'assignments'
  | 'targets'
  | 'import'
  | 'publish'
  | 'audit';

export interface NavEntry {
  key: NavKey;
  path: string;
  permission: Permission;
}

export const mainNav: readonly NavEntry[] = [
  { key: 'dashboard', path: '/', permission: 'plan.read' },
  { key: 'outline', path: '/outline', permission: 'plan.read' },
  { key: 'indicators', path: '/indicators', permission: 'plan.read' },
  { key: 'projects', path: '/projects', permission: 'plan.read' },
  { key: 'tasks', path: '/tasks', permission: 'plan.read' },
  { key: 'myTasks', path: '/my-tasks', permission: 'report.write' },
  { key: 'reports', path: '/reports', permission: 'plan.read' },
  { key: 'inbox', path: '/inbox', permission: 'report.write' },
  { key: 'review', path: '/review', permission: 'report.review' },
  { key: 'rounds', path: '/rounds', permission: 'round.manage' },
];

export const adminNav: readonly NavEntry[] = [
  { key: 'users', path: '/admin/users', permission: 'user.manage' },
  { key: 'units', path: '/admin/units', permission: 'unit.manage' },
  { key: 'assignments', path: '/admin/assignments', permission: 'assignment.manage' },
  { key: 'targets', path: '/admin/targets', permission: 'annual_target.manage' },
  { key: 'import', path: '/admin/import', permission: 'ledger.write' },
  { key: 'publish', path: '/admin/publish', permission: 'plan.manage' },
  { key: 'planDrafts', path: '/plan-drafts', permission: 'plan.manage' },
  { key: 'audit', path: '/admin/audit', permission: 'audit.read' },
];

export function visibleNav(role: Role | undefined, entries: readonly NavEntry[]): NavEntry[] {
  return entries.filter((e) => can(role, e.permission));
}
