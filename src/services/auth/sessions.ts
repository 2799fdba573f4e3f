/**
 * Sign-in, sessions and password changes. Cookie tokens are random; the database keeps only their
 * SHA-256, so a copy of the database opens no session. Five wrong passwords — at sign-in or as the
 * current password of a password change — lock an account for fifteen minutes; after the lock ends,
 * the next wrong password locks it again until a right one resets the count. The IP rate limit on
 * both routes does the rest.
 */
import { createHash, randomBytes } from 'node:crypto';
import { DomainError } from '../../contracts/domain-error';
import type { Database } from '../../db/connection';
import { SessionRepository } from '../../db/repositories/session-repository';
import { type User, UserRepository, withoutHash } from '../../db/repositories/user-repository';
import type { Actor } from '../authorization';
import { audit, nowOf, type ServiceContext, transaction } from '../context';
import { hashPassword, passwordProblem, verifyPassword } from './password';

export const lockoutThreshold = 5;
export const lockoutMinutes = 15;

export interface SessionGrant {
  token: string;
  csrfToken: string;
  expiresAt: string;
  user: User;
}

export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

// Verifying against a fixed hash when the user does not exist keeps the answer time the same,
// so response times do not reveal which user names exist.
let dummyHash: string | null = null;
async function dummy(n: number): Promise<string> {
  dummyHash ??= await hashPassword('lantu-no-such-user-0', n);
  return dummyHash;
}

async function grant(ctx: ServiceContext, user: User, hours: number): Promise<SessionGrant> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const now = ctx.clock();
  const expiresAt = new Date(now.getTime() + hours * 3_600_000).toISOString();
  await new SessionRepository(ctx.database.db).insert({
    id: sessionIdOf(token),
    tenantId: ctx.tenantId,
    userId: user.id,
    csrfToken,
    createdAt: now.toISOString(),
    expiresAt,
    lastSeenAt: now.toISOString(),
  });
  return { token, csrfToken, expiresAt, user };
}

function lockRule(now: Date) {
  return {
    now: now.toISOString(),
    threshold: lockoutThreshold,
    lockUntil: new Date(now.getTime() + lockoutMinutes * 60_000).toISOString(),
  };
}

function isLocked(user: User, now: Date): boolean {
  return user.lockedUntil !== null && user.lockedUntil > now.toISOString();
}

function lockedError(lockedUntil: string | null): DomainError {
  const until = lockedUntil ?? '';
  return new DomainError('account_locked', {
    zh: `密码错误次数过多,账号已锁定至 ${until.slice(0, 16).replace('T', ' ')}(UTC)`,
    en: `too many wrong passwords; the account is locked until ${until} (UTC)`,
  });
}

/**
 * A locked account, an unknown user and a wrong password get the same answer after the same work
 * (one hash), so neither the body nor the time tells which user names exist or are locked.
 */
export async function login(
  ctx: ServiceContext,
  username: string,
  password: string,
  options: { sessionHours: number; scryptN: number },
): Promise<SessionGrant> {
  const users = new UserRepository(ctx.database.db, ctx.tenantId);
  const user = await users.findByUsername(username);
  const refused = new DomainError('login_failed', {
    zh: '用户名或密码不正确',
    en: 'wrong user name or password',
  });
  if (!user) {
    await verifyPassword(password, await dummy(options.scryptN));
    throw refused;
  }
  const right = await verifyPassword(password, user.passwordHash);
  const now = ctx.clock();
  const failed = async (action: string) => {
    await audit(ctx, ctx.database.db, { action, entityType: 'user', entityId: user.username });
    return refused;
  };
  if (isLocked(user, now)) throw await failed('auth.login_locked');
  if (!user.active || !right) {
    await users.recordFailedLogin(user.id, lockRule(now));
    throw await failed('auth.login_failed');
  }
  if (!(await users.recordSuccessfulLogin(user.id, now.toISOString())))
    throw await failed('auth.login_locked');
  const result = await grant({ ...ctx, actor: toActor(user) }, withoutHash(user), options.sessionHours);
  await audit({ ...ctx, actor: toActor(user) }, ctx.database.db, {
    action: 'auth.login',
    entityType: 'user',
    entityId: user.username,
  });
  return result;
}

export function toActor(user: User): Actor {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    unitId: user.unitId,
  };
}

export interface Authenticated {
  actor: Actor;
  user: User;
  sessionId: string;
  csrfToken: string;
  tenantId: number;
}

/** The actor behind a cookie token, or null when the session is unknown, expired or the user inactive. */
export async function authenticate(
  database: Database,
  token: string,
  clock: () => Date,
): Promise<Authenticated | null> {
  if (!token || token.length > 200) return null;
  const sessions = new SessionRepository(database.db);
  const id = sessionIdOf(token);
  const session = await sessions.find(id);
  const now = clock();
  if (!session || session.expiresAt <= now.toISOString()) return null;
  const user = await new UserRepository(database.db, session.tenantId).findById(session.userId);
  if (!user?.active) return null;
  // Touch at most once a minute: reads should not turn into writes on every request.
  if (now.getTime() - Date.parse(session.lastSeenAt) > 60_000) await sessions.touch(id, now.toISOString());
  const plain = withoutHash(user);
  return {
    actor: toActor(plain),
    user: plain,
    sessionId: id,
    csrfToken: session.csrfToken,
    tenantId: session.tenantId,
  };
}

export async function logout(database: Database, sessionId: string): Promise<void> {
  await new SessionRepository(database.db).delete(sessionId);
}

/** Changes one's own password; every session of the user ends and a fresh one is returned. */
export async function changePassword(
  ctx: ServiceContext,
  current: string,
  next: string,
  options: { sessionHours: number; scryptN: number },
): Promise<SessionGrant> {
  const actor = ctx.actor;
  if (!actor) throw new DomainError('unauthenticated', { zh: '请先登录', en: 'please sign in' });
  const users = new UserRepository(ctx.database.db, ctx.tenantId);
  const user = await users.findById(actor.id);
  if (!user) throw new DomainError('unauthenticated', { zh: '请先登录', en: 'please sign in' });
  // A stolen session must not become a way around the sign-in lockout: wrong current passwords
  // count toward the same lock, and a locked account cannot change its password.
  const right = await verifyPassword(current, user.passwordHash);
  const now = ctx.clock();
  if (isLocked(user, now)) throw lockedError(user.lockedUntil);
  if (!right) {
    const after = await users.recordFailedLogin(user.id, lockRule(now));
    await audit(ctx, ctx.database.db, {
      action: 'auth.password_change_failed',
      entityType: 'user',
      entityId: user.username,
    });
    throw new DomainError('wrong_password', { zh: '当前密码不正确', en: 'the current password is wrong' }, [
      {
        file: 'body',
        item: null,
        field: 'currentPassword',
        code: 'wrong_password',
        severity: 'error',
        message: {
          zh: `当前密码不正确(连续错误 ${after.failedLogins} 次;${lockoutThreshold} 次将锁定账号 ${lockoutMinutes} 分钟)`,
          en: `the current password is wrong (${after.failedLogins} in a row; ${lockoutThreshold} lock the account for ${lockoutMinutes} minutes)`,
        },
      },
    ]);
  }
  const problem = passwordProblem(next);
  if (problem) {
    throw new DomainError('weak_password', problem, [
      {
        file: 'body',
        item: null,
        field: 'newPassword',
        code: 'weak_password',
        severity: 'error',
        message: problem,
      },
    ]);
  }
  const hash = await hashPassword(next, options.scryptN);
  await transaction(ctx, async (tx) => {
    const inTx = new UserRepository(tx, ctx.tenantId);
    // Wrong guesses sent at the same time may have set the lock since the account was read.
    if (!(await inTx.recordSuccessfulLogin(actor.id, now.toISOString()))) {
      throw lockedError((await inTx.findById(actor.id))?.lockedUntil ?? null);
    }
    await inTx.setPassword(actor.id, hash, false, nowOf(ctx));
    await new SessionRepository(tx).deleteForUser(actor.id);
    await audit(ctx, tx, { action: 'user.password_changed', entityType: 'user', entityId: actor.username });
  });
  const fresh = await users.findById(actor.id);
  if (!fresh) throw new Error('user vanished');
  return grant(ctx, withoutHash(fresh), options.sessionHours);
}
