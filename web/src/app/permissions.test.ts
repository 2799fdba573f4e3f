/**
 * The menu's copy of the grants must agree with the server's decision for every role and permission
 * (src/services/authorization.ts is the authority; this test may import it, the browser may not).
 */
import { describe, expect, it } from 'vitest';
import { roles } from '../../../src/db/repositories/user-repository';
import { hasPermission, type Permission } from '../../../src/services/authorization';
import { adminNav, can, mainNav, roleGrants, visibleNav } from './permissions';

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
      'reports',
    ]);
  });

  it('shows the administrator every administration page', () => {
    expect(visibleNav('admin', adminNav)).toHaveLength(adminNav.length);
  });
});
