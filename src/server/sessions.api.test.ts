/**
 * Sessions, CSRF, lockout, rate limiting, security headers and evidence uploads — the browser-facing
 * guarantees, on SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../db/test-support/test-databases';
import { lockoutThreshold } from '../services/auth/sessions';
import {
  password,
  planCode,
  type Session,
  seedPeople,
  signIn,
  signInAdmin,
  startTestApp,
  type TestApp,
} from './test-support/test-app';

describe.each(testDialects())('sessions and browsers on $dialect', (dialect) => {
  let t: TestApp;
  let admin: Session;
  let now = new Date('2024-03-15T02:00:00Z');

  beforeAll(async () => {
    t = await startTestApp(dialect, { includeDemo: false, clock: () => now, loginRateLimit: 30 });
    admin = await signInAdmin(t);
    await seedPeople(t);
  });
  afterAll(async () => t?.close());

  it('issues a new session id at every sign-in and ends it at sign-out', async () => {
    const a = await signIn(t.app, 'leader', password);
    const b = await signIn(t.app, 'leader', password);
    expect(a.cookie).not.toBe(b.cookie);
    expect((await a.request('GET', '/api/auth/me')).statusCode).toBe(200);
    expect((await a.request('POST', '/api/auth/logout')).statusCode).toBe(204);
    expect((await a.request('GET', '/api/auth/me')).statusCode).toBe(401);
    expect((await b.request('GET', '/api/auth/me')).statusCode).toBe(200);
  });

  it('ends every session when the password changes, and keeps the one-time password from opening anything else', async () => {
    const created = await admin.request('POST', '/api/users', {
      username: 'newcomer',
      displayName: '新同事',
      role: 'leader',
    });
    const initial = created.json().initialPassword as string;
    const first = await signIn(t.app, 'newcomer', initial);
    const other = await signIn(t.app, 'newcomer', initial);
    const blocked = await first.request('GET', `/api/plans/${planCode}/indicators`);
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('password_change_required');
    const weak = await first.request('POST', '/api/auth/password', {
      currentPassword: initial,
      newPassword: 'short',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().issues[0].field).toBe('newPassword');
    const changed = await first.request('POST', '/api/auth/password', {
      currentPassword: initial,
      newPassword: 'a better one 2024',
    });
    expect(changed.statusCode).toBe(200);
    expect((await other.request('GET', '/api/auth/me')).statusCode).toBe(401);
    expect((await first.request('GET', '/api/auth/me')).statusCode).toBe(401);
    const again = await signIn(t.app, 'newcomer', 'a better one 2024');
    expect((await again.request('GET', `/api/plans/${planCode}/indicators?asOf=2023`)).statusCode).toBe(200);
  });

  it('requires the CSRF token for writes made with the session cookie', async () => {
    const office = await signIn(t.app, 'office', password);
    const without = await t.app.inject({
      method: 'PUT',
      url: `/api/plans/${planCode}/assignments`,
      headers: { cookie: office.cookie },
      payload: { itemType: 'indicator', itemCode: 'T01', lead: 'dept-economy', co: [] },
    });
    expect(without.statusCode).toBe(403);
    expect(without.json().code).toBe('csrf_failed');
    const wrong = await t.app.inject({
      method: 'PUT',
      url: `/api/plans/${planCode}/assignments`,
      headers: { cookie: office.cookie, 'x-csrf-token': 'forged' },
      payload: { itemType: 'indicator', itemCode: 'T01', lead: 'dept-economy', co: [] },
    });
    expect(wrong.statusCode).toBe(403);
    const right = await office.request('PUT', `/api/plans/${planCode}/assignments`, {
      itemType: 'indicator',
      itemCode: 'T01',
      lead: 'dept-economy',
      co: [],
    });
    expect(right.statusCode).toBe(200);
  });

  it('locks an account after repeated wrong passwords, and opens it again after fifteen minutes', async () => {
    for (let i = 0; i < lockoutThreshold; i += 1) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'js-reviewer', password: 'wrong password 1' },
      });
      expect(res.statusCode).toBe(401);
      expect(res.json().messages.zh).toBe('用户名或密码不正确');
    }
    const locked = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'js-reviewer', password },
    });
    // Refused as a wrong password is (lockout.api.test.ts compares the answers).
    expect(locked.statusCode).toBe(401);
    expect(locked.json().code).toBe('login_failed');
    now = new Date(now.getTime() + 16 * 60_000);
    expect((await signIn(t.app, 'js-reviewer', password)).cookie).toContain('lantu_session=');
  });

  it('answers an unknown user like a wrong password (no user enumeration)', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'nobody', password: 'x' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('login_failed');
  });

  it('limits sign-in attempts per address', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 40; i += 1) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '10.9.9.9',
        payload: { username: 'nobody', password: 'x' },
      });
      codes.push(res.statusCode);
    }
    expect(codes).toContain(429);
    expect(codes.indexOf(429)).toBeGreaterThan(0);
  });

  it('sends security headers: CSP without inline scripts, nosniff, frame-ancestors, referrer policy', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('same-origin');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  describe('evidence uploads', () => {
    let reporter: Session;
    let reportId = 0;

    beforeAll(async () => {
      const office = await signIn(t.app, 'office', password);
      await office.request('PUT', `/api/plans/${planCode}/assignments`, {
        itemType: 'indicator',
        itemCode: 'T27',
        lead: 'park-jinshan',
        co: [],
      });
      const round = await office.request('POST', `/api/plans/${planCode}/rounds`, {
        name: '附件测试',
        period: '2023',
        opensOn: '2024-03-01',
        dueOn: '2024-03-31',
        itemTypes: ['indicator'],
        itemCodes: ['T27'],
      });
      const reports = (
        await office.request('GET', `/api/plans/${planCode}/reports?round=${round.json().id}`)
      ).json();
      reportId = reports[0].id;
      reporter = await signIn(t.app, 'js-reporter', password);
    });

    it('stores a real PDF and serves it back only as an attachment', async () => {
      const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n');
      const up = await reporter.upload(
        `/api/reports/${reportId}/attachments`,
        '花园式工厂名单.pdf',
        pdf,
        'application/pdf',
      );
      expect(up.statusCode, up.body).toBe(201);
      const down = await reporter.request('GET', `/api/attachments/${up.json().id}`);
      expect(down.statusCode).toBe(200);
      expect(down.headers['content-disposition']).toContain('attachment;');
      expect(down.headers['content-disposition']).toContain(encodeURIComponent('花园式工厂名单.pdf'));
      expect(down.headers['x-content-type-options']).toBe('nosniff');
      expect(down.rawPayload.equals(pdf)).toBe(true);
    });

    it('refuses HTML disguised as a PDF, unknown types and path-like names', async () => {
      const html = Buffer.from('<html><script>alert(1)</script></html>');
      const lying = await reporter.upload(
        `/api/reports/${reportId}/attachments`,
        'evidence.pdf',
        html,
        'application/pdf',
      );
      expect(lying.statusCode).toBe(415);
      expect(lying.json().messages.zh).toContain('不符');
      const htmlFile = await reporter.upload(
        `/api/reports/${reportId}/attachments`,
        'page.html',
        html,
        'text/html',
      );
      expect(htmlFile.statusCode).toBe(415);
      const traversal = await reporter.upload(
        `/api/reports/${reportId}/attachments`,
        '../../etc/passwd.pdf',
        Buffer.from('%PDF-1.4'),
      );
      expect(traversal.statusCode).toBe(400);
      expect(traversal.json().code).toBe('bad_file_name');
    });

    it('refuses a file above the upload limit with 413', async () => {
      const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2 * 1024 * 1024, 32)]);
      const res = await reporter.upload(`/api/reports/${reportId}/attachments`, 'big.pdf', big);
      expect(res.statusCode).toBe(413);
      expect(res.json().code).toBe('payload_too_large');
    });
  });
});

describe('logs', () => {
  it('never contain passwords, session tokens or CSRF tokens, even at trace level', async () => {
    const { PassThrough } = await import('node:stream');
    const { buildApp } = await import('./app');
    const { loggerOptions } = await import('./runtime');
    const [dialect] = testDialects();
    if (!dialect) throw new Error('no dialect');
    const t = await startTestApp(dialect, { includeDemo: false });
    const lines: string[] = [];
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => lines.push(chunk.toString()));
    const logged = await buildApp({
      database: t.database,
      tenantId: t.tenantId,
      cookieSecret: 'log-test-secret-log-test-secret',
      logger: loggerOptions('trace', stream),
      scryptN: 16,
      sessionHours: 1,
      dataDir: '/tmp',
    });
    const secret = t.adminPassword;
    const login = await logged.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: secret },
    });
    const token = login.cookies.find((c) => c.name === 'lantu_session')?.value ?? '';
    const csrf = (login.json() as { csrfToken: string }).csrfToken;
    await logged.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie: `lantu_session=${token}`, 'x-csrf-token': csrf },
      payload: { currentPassword: secret, newPassword: 'another one 2024' },
    });
    await logged.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: 'wrong password 9' },
    });
    const log = lines.join('');
    expect(log.length).toBeGreaterThan(0);
    expect(log).toContain('/api/auth/login');
    for (const forbidden of [
      secret,
      'another one 2024',
      'wrong password 9',
      token.split('.')[0] ?? token,
      csrf,
    ]) {
      expect(log.includes(forbidden), `log contains ${forbidden.slice(0, 4)}…`).toBe(false);
    }
    await logged.close();
    await t.close();
  });
});

describe('the public portal', () => {
  it('shows a published plan to visitors without signing in — published data only — and hides the rest', async () => {
    const [dialect] = testDialects();
    if (!dialect) throw new Error('no dialect');
    const t = await startTestApp(dialect, { includeDemo: true });
    const admin = await signInAdmin(t);
    const anonymous = (url: string) => t.app.inject({ method: 'GET', url });
    expect((await anonymous(`/api/plans/${planCode}/indicators?asOf=2023`)).statusCode).toBe(404);
    expect((await admin.request('PUT', `/api/plans/${planCode}/public`, { isPublic: true })).statusCode).toBe(
      200,
    );
    const list = await anonymous(`/api/plans/${planCode}/indicators?asOf=2023&dataset=demo`);
    expect(list.statusCode).toBe(200);
    const body = list.json() as { dataset: { demo: boolean }; indicators: { name: string }[] };
    expect(body.dataset.demo).toBe(false);
    expect(body.indicators.map((i) => i.name)).toContain('地区生产总值');
    const page = await anonymous(`/api/plans/${planCode}/indicators/T25?asOf=2023`);
    expect(page.statusCode).toBe(200);
    expect(page.json().ledger).toEqual([]);
    const csv = await anonymous(`/api/plans/${planCode}/indicators/export?format=csv&dataset=demo`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).not.toContain('示例数据');
    expect((await anonymous('/api/units')).statusCode).toBe(401);
    await t.close();
  });
});
