/**
 * Text at the boundary, on SQLite and PostgreSQL: NUL bytes, lone surrogates, bidirectional overrides
 * and zero-width characters in paths, sign-in names, names and free text get 400 problem+json naming
 * the field and the character — never a 500, never a stack trace in the log — and what is accepted is
 * stored in NFC. Before the one string schema (contracts/text.ts), PostgreSQL answered every NUL with
 * 500 and logged the database's error.
 */
import { PassThrough } from 'node:stream';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../db/test-support/test-databases';
import { buildApp } from './app';
import { loggerOptions } from './runtime';
import {
  password,
  planCode,
  seedPeople,
  signInAdmin,
  startTestApp,
  type TestApp,
  testScryptN,
} from './test-support/test-app';

interface Problem {
  code: string;
  issues: { field: string | null; message: { zh: string; en: string } }[];
}

describe.each(testDialects())('text at the boundary on $dialect', (dialect) => {
  let t: TestApp;
  let app: FastifyInstance;
  const log: string[] = [];
  let cookie = '';
  let csrf = '';

  beforeAll(async () => {
    t = await startTestApp(dialect, { includeDemo: false });
    await signInAdmin(t);
    await seedPeople(t);
    // A second server on the same database that logs every line, to read what a 4xx leaves behind.
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => log.push(chunk.toString()));
    app = await buildApp({
      database: t.database,
      tenantId: t.tenantId,
      cookieSecret: 'text-test-secret-text-test-secret',
      logger: loggerOptions('info', stream),
      scryptN: testScryptN,
      sessionHours: 1,
      dataDir: '/tmp',
      loginRateLimit: 1000,
    });
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'office', password },
    });
    cookie = `lantu_session=${login.cookies.find((c) => c.name === 'lantu_session')?.value}`;
    csrf = (login.json() as { csrfToken: string }).csrfToken;
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  const send = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
    app.inject({
      method,
      url,
      headers: { cookie, 'x-csrf-token': csrf },
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });

  function expectRefused(res: LightMyRequestResponse, field: string, codePoint: string) {
    expect(res.statusCode, res.body).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const problem = res.json() as Problem;
    expect(problem.code).toBe('validation_failed');
    const issue = problem.issues.find((i) => i.field === field);
    expect(issue?.message.en).toContain(codePoint);
    expect(issue?.message.zh).toContain(codePoint);
  }

  it('answers a NUL in a path parameter with 400, anonymously', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/plans/a%00b' });
    expectRefused(res, 'plan', 'U+0000');
    const item = await send('GET', `/api/plans/${planCode}/indicators/T%00`);
    expectRefused(item, 'code', 'U+0000');
  });

  it('answers a sign-in name with a NUL as a malformed request, not a 500', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'office\u0000', password },
    });
    expectRefused(res, 'username', 'U+0000');
  });

  it('refuses NUL and lone surrogates in free text and names, and overrides or zero-width characters in names', async () => {
    const round = (name: string) =>
      send('POST', `/api/plans/${planCode}/rounds`, {
        name,
        period: '2023',
        opensOn: '2024-03-01',
        dueOn: '2024-03-31',
        itemTypes: ['indicator'],
        itemCodes: ['T27'],
      });
    expectRefused(await round('2023年\u0000度'), 'name', 'U+0000');
    expectRefused(await round('2023年度\uD800'), 'name', 'U+D800');
    // "Trojan Source": U+202E shows 年度2023 reversed; U+200B makes two names look the same.
    expectRefused(await round('\u202E2023年度'), 'name', 'U+202E');
    expectRefused(await round('2023\u200B年度'), 'name', 'U+200B');
    const unit = await send('POST', '/api/units', {
      code: 'park-x',
      name: '园区\u0000',
      nameEn: 'Park\u2066',
      kind: 'park',
    });
    expectRefused(unit, 'name', 'U+0000');
    expectRefused(unit, 'nameEn', 'U+2066');
    const narrative = await send('PUT', `/api/plans/${planCode}/report/narrative`, {
      kind: 'annual',
      asOf: '2023',
      problems: '问题\u0000',
      nextSteps: '下一步',
      expectedRevision: 0,
    });
    expectRefused(narrative, 'problems', 'U+0000');
    const value = await send('POST', `/api/plans/${planCode}/indicators/T27/values`, {
      period: '2023',
      measure: 'level',
      value: 80,
      reason: '更正\u0000',
      source: '统计局\u202E',
      expectedRevision: 0,
    });
    expectRefused(value, 'reason', 'U+0000');
    expectRefused(value, 'source', 'U+202E');
  });

  it('stores accepted text in NFC, so one name typed two ways is one name', async () => {
    // "Café" with a combining acute accent (U+0065 U+0301) is stored as the precomposed U+00E9.
    const res = await send('POST', '/api/units', {
      code: 'park-cafe',
      name: '咖啡园区',
      nameEn: 'Cafe\u0301 Park',
      kind: 'park',
    });
    expect(res.statusCode, res.body).toBe(201);
    const stored = await t.database.db
      .selectFrom('org_units')
      .select('name_en')
      .where('code', '=', 'park-cafe')
      .executeTakeFirstOrThrow();
    expect(stored.name_en).toBe('Caf\u00E9 Park');
  });

  it('logged no error and no stack trace for any of it', () => {
    const text = log.join('');
    expect(text).toContain('/api/plans/a%00b');
    expect(text).not.toContain('unhandled error');
    expect(text).not.toMatch(/"stack"|\n\s+at /);
  });
});
