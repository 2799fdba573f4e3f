/**
 * The menu follows the server's decision for every role and permission: both read the one grants
 * table in src/contracts/permissions.ts, and the server adds the unit scope on top.
 */
import { describe, expect, it } from 'vitest';
import { roleGrants, roles } from '../../../src/contracts/permissions';
import { hasPermission, type Permission } from '../../../src/services/authorization';
import { adminNav, can, mainNav, visibleNav } from './permissions';

const permissions: Permission[] = [...new Set(Object.values(roleGrants).flat())];

describe('menu permissions', () => {
  it.each(roles)('match the server for %s', (role) => {
    const actor = { id: 1, username: 'u', displayName: 'u', role, unitId: 1 };
    for (const permission of permissions) {
      expect(can(role, permission), `${role} ${permission}`).toBe(hasPermission(actor, permission));
    }
  });

  it('shows a reporter the reporting page, not review, rounds or administration', () => {
    expect(visibleNav('reporter', mainNav).map((e) => e.key)).toEqual([
      'dashboard',
      'outline',
      'indicators',
      'projects',
      'tasks',
      'myTasks',
      'reports',
      'inbox',
    ]);
    expect(visibleNav('reporter', adminNav)).toEqual([]);
  });

  it('shows a leader the plan pages only', () => {
    expect(visibleNav('leader', mainNav).map((e) => e.key)).toEqual([
      'dashboard',
      'outline',
      'indicators',
      'projects',
      'tasks',
      'reports',
    ]);
  });

  it('shows the administrator every administration page', () => {
    expect(visibleNav('admin', adminNav)).toHaveLength(adminNav.length);
  });
});
