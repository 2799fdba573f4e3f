/**
 * Account administration: add users, reset passwords, change roles and units, deactivate.
 * New and reset passwords are random, shown once, and must be changed at first sign-in.
 */

import { DomainError, fieldError, versionConflict } from '../../contracts/domain-error';
import { OrgUnitRepository } from '../../db/repositories/org-unit-repository';
import { SessionRepository } from '../../db/repositories/session-repository';
import { type Role, roles, type User, UserRepository } from '../../db/repositories/user-repository';
import { authorize } from '../authorization';
import { audit, nowOf, type ServiceContext, transaction } from '../context';
import { generatePassword, hashPassword, passwordProblem } from './password';

/** Roles whose work belongs to one unit, so an account of that role must name its unit. */
const unitRoles = new Set<Role>(['reporter', 'reviewer']);

async function resolveUnit(ctx: ServiceContext, unitCode: string | null | undefined): Promise<number | null> {
  if (!unitCode) return null;
  const unit = await new OrgUnitRepository(ctx.database.db, ctx.tenantId).findByCode(unitCode);
  if (!unit)
    throw fieldError('unit', 'unit_not_found', `单位 ${unitCode} 不存在`, `unit ${unitCode} does not exist`);
  return unit.id;
}

export interface NewUserInput {
  username: string;
  displayName: string;
  role: Role;
  unit?: string | null;
  password?: string;
}

export async function listUsers(ctx: ServiceContext): Promise<User[]> {
  authorize(ctx.actor, 'user.manage');
  return new UserRepository(ctx.database.db, ctx.tenantId).list();
}

export async function addUser(
  ctx: ServiceContext,
  input: NewUserInput,
  scryptN: number,
): Promise<{ user: User; password: string }> {
  authorize(ctx.actor, 'user.manage');
  if (!roles.includes(input.role))
    throw fieldError('role', 'bad_role', `未知角色 ${input.role}`, `unknown role ${input.role}`);
  const unitId = await resolveUnit(ctx, input.unit);
  if (unitRoles.has(input.role) && unitId === null) {
    throw fieldError(
      'unit',
      'unit_required',
      '填报员和审核人必须属于一个单位',
      'reporters and reviewers must belong to a unit',
    );
  }
  const password = input.password ?? generatePassword();
  const problem = passwordProblem(password);
  if (problem) throw fieldError('password', 'weak_password', problem.zh, problem.en);
  const passwordHash = await hashPassword(password, scryptN);
  return transaction(ctx, async (tx) => {
    const repo = new UserRepository(tx, ctx.tenantId);
    if (await repo.findByUsername(input.username)) {
      throw fieldError(
        'username',
        'username_taken',
        `用户名 ${input.username} 已存在`,
        `user name ${input.username} is taken`,
      );
    }
    const user = await repo.insert(
      {
        username: input.username,
        displayName: input.displayName,
        passwordHash,
        role: input.role,
        unitId,
        mustChangePassword: input.password === undefined,
      },
      nowOf(ctx),
    );
    await audit(ctx, tx, {
      action: 'user.add',
      entityType: 'user',
      entityId: user.username,
      after: { role: user.role, unitId: user.unitId },
    });
    return { user, password };
  });
}

export async function resetPassword(ctx: ServiceContext, username: string, scryptN: number): Promise<string> {
  authorize(ctx.actor, 'user.manage');
  const password = generatePassword();
  const hash = await hashPassword(password, scryptN);
  await transaction(ctx, async (tx) => {
    const repo = new UserRepository(tx, ctx.tenantId);
    const user = await repo.findByUsername(username);
    if (!user)
      throw new DomainError('user_not_found', {
        zh: `用户 ${username} 不存在`,
        en: `user ${username} not found`,
      });
    await repo.setPassword(user.id, hash, true, nowOf(ctx));
    await new SessionRepository(tx).deleteForUser(user.id);
    await audit(ctx, tx, { action: 'user.password_reset', entityType: 'user', entityId: username });
  });
  return password;
}

export async function updateUser(
  ctx: ServiceContext,
  username: string,
  version: number,
  change: { displayName?: string; role?: Role; unit?: string | null; active?: boolean },
): Promise<User> {
  authorize(ctx.actor, 'user.manage');
  const unitId = change.unit === undefined ? undefined : await resolveUnit(ctx, change.unit);
  return transaction(ctx, async (tx) => {
    const repo = new UserRepository(tx, ctx.tenantId);
    const before = await repo.findByUsername(username);
    if (!before)
      throw new DomainError('user_not_found', {
        zh: `用户 ${username} 不存在`,
        en: `user ${username} not found`,
      });
    const role = change.role ?? before.role;
    const nextUnit = unitId === undefined ? before.unitId : unitId;
    if (unitRoles.has(role) && nextUnit === null) {
      throw fieldError(
        'unit',
        'unit_required',
        '填报员和审核人必须属于一个单位',
        'reporters and reviewers must belong to a unit',
      );
    }
    const ok = await repo.update(before.id, version, {
      ...(change.displayName === undefined ? {} : { displayName: change.displayName }),
      ...(change.role === undefined ? {} : { role: change.role }),
      ...(unitId === undefined ? {} : { unitId }),
      ...(change.active === undefined ? {} : { active: change.active }),
    });
    if (!ok) throw versionConflict(before.version);
    // Role, unit or activity changed: sessions carry the old permissions, so they end.
    if (change.role !== undefined || unitId !== undefined || change.active === false) {
      await new SessionRepository(tx).deleteForUser(before.id);
    }
    const after = await repo.findByUsername(username);
    if (!after) throw new Error('user vanished');
    await audit(ctx, tx, {
      action: 'user.update',
      entityType: 'user',
      entityId: username,
      before: { role: before.role, unitId: before.unitId, active: before.active },
      after: { role: after.role, unitId: after.unitId, active: after.active },
    });
    const { passwordHash: _h, ...user } = after;
    return user;
  });
}
