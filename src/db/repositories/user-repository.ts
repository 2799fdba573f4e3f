/**
 * Local accounts. Password hashes are scrypt strings made by services/auth/password.ts; this file never
 * sees a password.
 */

import type { Selectable } from 'kysely';
import type { Role } from '../../contracts/permissions';
import type { UsersTable } from '../schema';
import { bool, type Executor } from './executor';

export { type Role, roles } from '../../contracts/permissions';

export interface User {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  unitId: number | null;
  active: boolean;
  mustChangePassword: boolean;
  failedLogins: number;
  lockedUntil: string | null;
  passwordChangedAt: string;
  version: number;
}

export interface UserWithHash extends User {
  passwordHash: string;
}

const columns = [
  'id',
  'username',
  'display_name',
  'password_hash',
  'role',
  'unit_id',
  'active',
  'must_change_password',
  'failed_logins',
  'locked_until',
  'password_changed_at',
  'version',
] as const;

export class UserRepository {
  constructor(
    private readonly db: Executor,
    private readonly tenantId: number,
  ) {}

  private base() {
    return this.db.selectFrom('users').select(columns).where('tenant_id', '=', this.tenantId);
  }

  async list(): Promise<User[]> {
    return (await this.base().orderBy('id').execute()).map((r) => withoutHash(toUser(r)));
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('tenant_id', '=', this.tenantId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async findByUsername(username: string): Promise<UserWithHash | undefined> {
    const row = await this.base().where('username', '=', username).executeTakeFirst();
    return row && toUser(row);
  }

  async findById(id: number): Promise<UserWithHash | undefined> {
    const row = await this.base().where('id', '=', id).executeTakeFirst();
    return row && toUser(row);
  }

  async insert(
    u: {
      username: string;
      displayName: string;
      passwordHash: string;
      role: Role;
      unitId: number | null;
      mustChangePassword: boolean;
    },
    now: string,
  ): Promise<User> {
    const { id } = await this.db
      .insertInto('users')
      .values({
        tenant_id: this.tenantId,
        username: u.username,
        display_name: u.displayName,
        password_hash: u.passwordHash,
        role: u.role,
        unit_id: u.unitId,
        must_change_password: u.mustChangePassword ? 1 : 0,
        password_changed_at: now,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const user = await this.findById(id);
    if (!user) throw new Error('user vanished after insert');
    return withoutHash(user);
  }

  async setPassword(id: number, passwordHash: string, mustChange: boolean, now: string): Promise<void> {
    await this.db
      .updateTable('users')
      .set({
        password_hash: passwordHash,
        must_change_password: mustChange ? 1 : 0,
        password_changed_at: now,
        failed_logins: 0,
        locked_until: null,
        version: (eb) => eb('version', '+', 1),
      })
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', id)
      .execute();
  }

  async update(
    id: number,
    version: number,
    change: Partial<{ displayName: string; role: Role; unitId: number | null; active: boolean }>,
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('users')
      .set({
        ...(change.displayName === undefined ? {} : { display_name: change.displayName }),
        ...(change.role === undefined ? {} : { role: change.role }),
        ...(change.unitId === undefined ? {} : { unit_id: change.unitId }),
        ...(change.active === undefined ? {} : { active: change.active ? 1 : 0 }),
        version: version + 1,
      })
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /**
   * Counts one failed sign-in in a single statement, so failures sent at once all count, and sets the
   * lock in the same statement once the count reaches the threshold. A lock still running is kept as
   * it is: a request that read the account before the lock was set cannot clear or move it.
   */
  async recordFailedLogin(
    id: number,
    rule: { now: string; threshold: number; lockUntil: string },
  ): Promise<{ failedLogins: number; lockedUntil: string | null }> {
    const row = await this.db
      .updateTable('users')
      .set((eb) => ({
        failed_logins: eb('failed_logins', '+', 1),
        locked_until: eb
          .case()
          .when(
            eb.and([
              eb('failed_logins', '>=', rule.threshold - 1),
              eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', rule.now)]),
            ]),
          )
          .then(rule.lockUntil)
          .else(eb.ref('locked_until'))
          .end(),
      }))
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', id)
      .returning(['failed_logins', 'locked_until'])
      .executeTakeFirstOrThrow();
    return { failedLogins: row.failed_logins, lockedUntil: row.locked_until };
  }

  /**
   * Resets the failure count after a right password — only when no lock is running at `now`. False
   * means a lock was set after the caller read the account (wrong passwords sent at the same time):
   * the sign-in must be refused.
   */
  async recordSuccessfulLogin(id: number, now: string): Promise<boolean> {
    const result = await this.db
      .updateTable('users')
      .set({ failed_logins: 0, locked_until: null })
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', id)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }
}

function toUser(
  r: Pick<
    Selectable<UsersTable>,
    | 'id'
    | 'username'
    | 'display_name'
    | 'password_hash'
    | 'role'
    | 'unit_id'
    | 'active'
    | 'must_change_password'
    | 'failed_logins'
    | 'locked_until'
    | 'password_changed_at'
    | 'version'
  >,
): UserWithHash {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    passwordHash: r.password_hash,
    role: r.role as Role,
    unitId: r.unit_id,
    active: bool(r.active),
    mustChangePassword: bool(r.must_change_password),
    failedLogins: r.failed_logins,
    lockedUntil: r.locked_until,
    passwordChangedAt: r.password_changed_at,
    version: r.version,
  };
}

export function withoutHash(u: UserWithHash): User {
  const { passwordHash: _omit, ...user } = u;
  return user;
}
