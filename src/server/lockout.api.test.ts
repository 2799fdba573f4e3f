/**
 * The lockout under attack, on SQLite and PostgreSQL: wrong passwords sent at once all count, a lock
 * cannot be cleared by a request that read the account before it was set, a locked account answers
 * exactly as an unknown user does, and the password change counts toward the same lockout.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserRepository } from '../db/repositories/user-repository';
import { testDialects } from '../db/test-support/test-databases';
import { lockoutMinutes, lockoutThreshold } from '../services/auth/sessions';
import { password, seedPeople, signIn, startTestApp, type TestApp } from './test-support/test-app';

/** Status, content type and body of a refusal, without the request id that differs on every answer. */
function shape(res: LightMyRequestResponse) {
  const { requestId: _differs, ...body } = res.json() as Record<string, unknown>;
  return { status: res.statusCode, type: res.headers['content-type'], body };
}

describe.each(testDialects())('the lockout on $dialect', (dialect) => {
  let t: TestApp;
  let now = new Date('2024-03-15T02:00:00Z');
  const login = (username: string, pass: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: pass } });

  beforeAll(async () => {
    t = await startTestApp(dialect, { includeDemo: false, clock: () => now, loginRateLimit: 1000 });
    await seedPeople(t);
  });
  afterAll(async () => t?.close());

  it('counts every one of nine concurrent wrong passwords and still refuses the right one while locked', async () => {
    // Nine at once, twice the threshold of five minus one: before the fix each read a count of 0
    // before the slow hash and wrote back "1, no lock", so the right password then got 200.
    const wrong = await Promise.all(
      Array.from({ length: 9 }, (_, i) => login('js-reporter', `wrong password ${i}`)),
    );
    expect(wrong.map((r) => r.statusCode)).toEqual(Array(9).fill(401));
    const right = await login('js-reporter', password);
    expect(right.statusCode).toBe(401);
    const stored = await t.database.db
      .selectFrom('users')
      .select(['failed_logins', 'locked_until'])
      .where('username', '=', 'js-reporter')
      .executeTakeFirstOrThrow();
    // Every failure counted up to the lock; requests that read the account after it was set are
    // refused without counting (all 9 count on SQLite, where every read precedes the first hash).
    expect(stored.failed_logins).toBeGreaterThanOrEqual(lockoutThreshold);
    expect(stored.locked_until).not.toBeNull();
    now = new Date(now.getTime() + (lockoutMinutes + 1) * 60_000);
    expect((await login('js-reporter', password)).statusCode).toBe(200);
  });

  it('keeps a lock that a request which read the account before it was set tries to clear', async () => {
    // The interleaving the race produces, replayed in order: a sign-in with the right password reads
    // the account unlocked, wrong passwords lock it meanwhile, then the stale success and a stale
    // failure write. Before the fix the success reset the count and the failure wrote "no lock".
    const users = new UserRepository(t.database.db, t.tenantId);
    const stale = await users.findByUsername('cd-reporter');
    if (!stale) throw new Error('cd-reporter missing');
    const at = now.toISOString();
    const lockUntil = new Date(now.getTime() + lockoutMinutes * 60_000).toISOString();
    const rule = { now: at, threshold: lockoutThreshold, lockUntil };
    for (let i = 0; i < lockoutThreshold; i += 1) await users.recordFailedLogin(stale.id, rule);
    expect(await users.recordSuccessfulLogin(stale.id, at)).toBe(false);
    const later = { ...rule, lockUntil: new Date(now.getTime() + 99 * 60_000).toISOString() };
    expect(await users.recordFailedLogin(stale.id, later)).toEqual({
      failedLogins: lockoutThreshold + 1,
      lockedUntil: lockUntil,
    });
    expect((await login('cd-reporter', password)).statusCode).toBe(401);
  });

  it('answers a locked account exactly as an unknown user and a wrong password (no enumeration)', async () => {
    for (let i = 0; i < lockoutThreshold; i += 1) await login('cd-reviewer', 'wrong password');
    const locked = shape(await login('cd-reviewer', password));
    const unknown = shape(await login('nobody-here', password));
    const wrongPassword = shape(await login('js-reviewer', 'wrong password'));
    expect(locked).toEqual(unknown);
    expect(wrongPassword).toEqual(unknown);
    expect(unknown.status).toBe(401);
    expect(unknown.body.code).toBe('login_failed');
  });

  it('counts wrong current passwords of the password change toward the same lockout', async () => {
    const session = await signIn(t.app, 'js-reviewer', password);
    const tries: number[] = [];
    for (let i = 0; i < lockoutThreshold; i += 1) {
      const res = await session.request('POST', '/api/auth/password', {
        currentPassword: `guess ${i}`,
        newPassword: 'taken over 2024',
      });
      tries.push(res.statusCode);
    }
    expect(tries).toEqual(Array(lockoutThreshold).fill(400));
    // Now the right current password is refused too, and so is signing in.
    const right = await session.request('POST', '/api/auth/password', {
      currentPassword: password,
      newPassword: 'taken over 2024',
    });
    expect(right.statusCode).toBe(423);
    expect(right.json().code).toBe('account_locked');
    expect((await login('js-reviewer', password)).statusCode).toBe(401);
    expect((await login('js-reviewer', 'taken over 2024')).statusCode).toBe(401);
  });
});

describe('the password change rate limit', () => {
  it('answers 429 once one address has tried more current passwords than the limit allows', async () => {
    const [dialect] = testDialects();
    if (!dialect) throw new Error('no dialect');
    const t = await startTestApp(dialect, { includeDemo: false, loginRateLimit: 3 });
    await seedPeople(t);
    const session = await signIn(t.app, 'leader', password);
    const codes: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      const res = await session.request('POST', '/api/auth/password', {
        currentPassword: `guess ${i}`,
        newPassword: 'taken over 2024',
      });
      codes.push(res.statusCode);
    }
    // The limit is 3 a minute (set above): three refusals of the wrong password, then the limiter.
    expect(codes).toEqual([400, 400, 400, 429]);
    await t.close();
  });
});
