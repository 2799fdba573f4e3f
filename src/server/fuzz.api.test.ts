/**
 * Bad input never breaks the server: for every JSON route, generated malformed bodies, queries and
 * path parameters (wrong types, huge strings, deep nesting, NUL bytes, invalid UTF-8, numbers out of
 * range, path-like names) get a 4xx that names what was wrong — never a 5xx. LANTU_FUZZ_RUNS sets the
 * inputs per route (CI runs 10,000; a local run defaults to fewer to stay quick).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../db/test-support/test-databases';
import { resetPassword } from '../services/auth/users';
import { allRoutes } from './routes';
import {
  planCode,
  type Session,
  seedPeople,
  signIn,
  signInAdmin,
  startTestApp,
  type TestApp,
} from './test-support/test-app';

// Inputs per route. Every new route adds its share to the run, so CI attacks each route with fewer
// inputs (LANTU_FUZZ_ROUTE_RUNS) than the importers, and the nightly script (.ci/nightly) with 10,000.
const runs = Number(process.env.LANTU_FUZZ_ROUTE_RUNS ?? process.env.LANTU_FUZZ_RUNS ?? 150);
// PostgreSQL answers each request several times slower than the embedded SQLite file; CI sets a smaller
// count there (LANTU_FUZZ_RUNS_PG) so that both databases are attacked within CI's time.
const runsOn = (dialect: string) =>
  dialect === 'postgres' ? Number(process.env.LANTU_FUZZ_RUNS_PG ?? runs) : runs;

const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    '\u0000',
    'a\u0000b',
    '\uD800',
    '\u202E',
    '\u200B',
    '../../etc/passwd',
    '..\\..\\win.ini',
    '%00',
    '2023-13',
    '9'.repeat(400),
    'ä'.repeat(3000),
  ),
  fc.integer(),
  fc.double(),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, -1e308, 1e308, 0, -0),
  fc.boolean(),
  fc.constant(null),
);

/** JSON values, nested deep and wide, with the nasty leaves above. */
const json: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    nasty,
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(
      fc.oneof(
        fc.string({ maxLength: 12 }),
        fc.constantFrom('version', 'value', 'period', 'username', 'itemCode'),
      ),
      tie('value'),
      {
        maxKeys: 6,
      },
    ),
  ),
})).value;

/** A body as a client might send it: JSON, broken JSON, invalid UTF-8, or deep nesting. */
const rawBody = fc.oneof(
  json.map((v) => ({ payload: JSON.stringify(v) ?? 'null', type: 'application/json' })),
  fc.string({ maxLength: 60 }).map((s) => ({ payload: `{"a":${s}`, type: 'application/json' })),
  fc.uint8Array({ maxLength: 60 }).map((b) => ({
    payload: Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xff, 0xfe, ...b]), Buffer.from('"}')]),
    type: 'application/json',
  })),
  fc
    .integer({ min: 50, max: 3000 })
    .map((n) => ({ payload: `${'['.repeat(n)}${']'.repeat(n)}`, type: 'application/json' })),
  fc.string({ maxLength: 40 }).map((s) => ({ payload: s, type: 'text/plain' })),
);

const param = fc.oneof(
  fc.constantFrom(planCode, 'T25', '1', '2023', 'admin'),
  fc.string({ maxLength: 30 }).map((s) => encodeURIComponent(s) || 'x'),
  fc.constantFrom(
    '..%2F..%2Fetc',
    '%00',
    'a%00b',
    '%ED%A0%80',
    '%E2%80%AE',
    '-1',
    '99999999999999999999',
    '1e5',
    'NaN',
  ),
);

// Both databases: PostgreSQL refuses what SQLite stores (NUL in text), so a route can pass on one only.
describe.each(testDialects())('malformed input on $dialect', (dialect) => {
  let t: TestApp;
  let admin: Session;

  beforeAll(async () => {
    t = await startTestApp(dialect, { includeDemo: false, loginRateLimit: 1_000_000 });
    admin = await signInAdmin(t);
    await seedPeople(t);
    await admin.request('POST', '/api/users', {
      username: 'second-admin',
      displayName: '管理员二',
      role: 'admin',
    });
  });
  afterAll(async () => t?.close());

  async function signInSecondAdmin(): Promise<Session> {
    const temporary = await resetPassword(t.adminCtx, 'second-admin', 16);
    const first = await signIn(t.app, 'second-admin', temporary);
    await first.request('POST', '/api/auth/password', {
      currentPassword: temporary,
      newPassword: 'second admin 2024',
    });
    return signIn(t.app, 'second-admin', 'second admin 2024');
  }

  const routes = allRoutes(1_000_000).filter((r) => !r.multipart && r.url !== '/api/auth/logout');

  it.each(routes.map((r) => [`${r.method} ${r.url}`, r] as const))(
    '%s',
    async (_name, route) => {
      const seen5xx: string[] = [];
      let unnamed = 0;
      await fc.assert(
        fc.asyncProperty(
          rawBody,
          fc.array(param, { minLength: 4, maxLength: 4 }),
          json,
          async (body, params, query) => {
            let i = 0;
            const url = route.url.replace(/:[a-z]+/g, () => params[i++] ?? 'x');
            const search =
              query && typeof query === 'object' && !Array.isArray(query)
                ? `?${new URLSearchParams(Object.entries(query as Record<string, unknown>).map(([k, v]): [string, string] => [k, typeof v === 'object' && v !== null ? (JSON.stringify(v) ?? '') : String(v)])).toString()}`
                : '';
            const res = await t.app.inject({
              method: route.method,
              url: `${url}${search}`,
              headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': body.type },
              ...(route.method === 'GET' ? {} : { payload: body.payload }),
            });
            if (res.statusCode >= 500)
              seen5xx.push(
                `${res.statusCode} ${url}${search} ${String(body.payload).slice(0, 80)} → ${res.body.slice(0, 200)}`,
              );
            if (res.statusCode === 400) {
              const problem = res.json() as {
                issues: { field: string | null }[];
                messages: { zh: string; en: string };
              };
              // A validation failure names its fields; other 400s explain in both languages.
              if (!problem.messages?.zh || !problem.messages?.en) unnamed += 1;
            }
          },
        ),
        { numRuns: runsOn(dialect.dialect), seed: 20261127 },
      );
      expect(seen5xx.slice(0, 3)).toEqual([]);
      console.info(
        `[reliability] fuzz ${dialect.dialect} ${route.method} ${route.url}: ${runsOn(dialect.dialect)} inputs, 5xx ${seen5xx.length}`,
      );
      expect(unnamed).toBe(0);
    },
    900_000,
  );

  it('names every field of an invalid body', async () => {
    // The fuzzing may well have reset the first administrator's password; sign in afresh.
    const second = await signInSecondAdmin();
    const res = await second.request('POST', '/api/users', {
      username: '../x',
      displayName: 7,
      role: 'king',
      unit: {},
    });
    expect(res.statusCode).toBe(400);
    expect((res.json().issues as { field: string }[]).map((i) => i.field).sort()).toEqual([
      'displayName',
      'role',
      'unit',
      'username',
    ]);
  });

  it('still works after all of it', async () => {
    const office = await signIn(t.app, 'office', 'unit password 2024');
    expect((await office.request('GET', `/api/plans/${planCode}/indicators?asOf=2023`)).statusCode).toBe(200);
  });
});
