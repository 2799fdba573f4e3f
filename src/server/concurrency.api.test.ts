/**
 * No lost updates: many clients write to the same indicators at once, each carrying the revision it
 * read. Every acknowledged write appears exactly once in the ledger, every refused one got 409 with
 * the current revision, and nothing answers 5xx. (The larger run of issue 8 uses the same code with
 * LANTU_RACE_CLIENTS / LANTU_RACE_WRITES.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../db/test-support/test-databases';
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

const clients = Number(process.env.LANTU_RACE_CLIENTS ?? 12);
const writesPerClient = Number(process.env.LANTU_RACE_WRITES ?? 8);
// Ten indicators: enough to spread the writers, few enough that many of their writes collide.
const indicators = ['T01', 'T04', 'T07', 'T09', 'T12', 'T13', 'T15', 'T25', 'T26', 'T27'];

describe.each(testDialects())('concurrent ledger writes on $dialect', (dialect) => {
  let t: TestApp;
  let sessions: Session[] = [];

  beforeAll(async () => {
    t = await startTestApp(dialect, { includeDemo: false });
    await signInAdmin(t);
    await seedPeople(t);
    sessions = await Promise.all(Array.from({ length: clients }, () => signIn(t.app, 'office', password)));
  });
  afterAll(async () => t?.close());

  it(`loses nothing with ${clients} clients × ${writesPerClient} writes`, { timeout: 900_000 }, async () => {
    const acknowledged: { code: string; value: number }[] = [];
    const statuses = new Map<number, number>();
    const refusedWithoutVersion: string[] = [];

    // Each client knows the revision it last saw of each indicator — from its own 201, or from the
    // currentVersion of a 409 — the way the web app keeps what it read; reads are mixed in.
    const reads5xx: number[] = [];
    await Promise.all(
      sessions.map(async (s, client) => {
        const known = new Map<string, number>();
        for (let i = 0; i < writesPerClient; i += 1) {
          const code = indicators[(client + i) % indicators.length] as string;
          // A value unique to this client and write, so the ledger can be checked entry by entry.
          const value = client * 10_000 + i;
          // Like a person who reloads after a conflict and saves again: up to three attempts.
          for (let attempt = 0; attempt < 3; attempt += 1) {
            const res = await s.request('POST', `/api/plans/${planCode}/indicators/${code}/values`, {
              period: '2024',
              measure: 'level',
              value,
              reason: `client ${client} write ${i}`,
              expectedRevision: known.get(code) ?? 0,
            });
            statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
            if (res.statusCode === 201) {
              acknowledged.push({ code, value });
              known.set(code, res.json().revision);
              break;
            }
            if (res.statusCode !== 409) break;
            const current = res.json().currentVersion;
            if (typeof current !== 'number') {
              refusedWithoutVersion.push(res.body);
              break;
            }
            known.set(code, current);
          }
          if (i % 5 === 0) {
            const read = await s.request('GET', `/api/plans/${planCode}/indicators?asOf=2024`);
            if (read.statusCode >= 500) reads5xx.push(read.statusCode);
          }
        }
      }),
    );
    expect(reads5xx).toEqual([]);
    // The figures docs/reliability.md quotes.
    console.info(
      `[reliability] ${dialect.dialect}: ${clients}×${writesPerClient} writes, ${statuses.get(201) ?? 0} acknowledged, ${statuses.get(409) ?? 0} refused with 409, 5xx 0`,
    );

    expect(
      [...statuses.keys()].every((s) => s === 201 || s === 409),
      JSON.stringify([...statuses]),
    ).toBe(true);
    expect(refusedWithoutVersion).toEqual([]);
    expect(acknowledged.length).toBeGreaterThan(0);
    const office = sessions[0] as Session;
    for (const code of indicators) {
      const ledger = (
        await office.request('GET', `/api/plans/${planCode}/indicators/${code}/ledger`)
      ).json() as {
        layer: string;
        period: string;
        value: number;
        revision: number;
      }[];
      const written = ledger.filter((e) => e.layer === 'reported' && e.period === '2024');
      const mine = acknowledged
        .filter((a) => a.code === code)
        .map((a) => a.value)
        .sort((a, b) => a - b);
      expect(written.map((e) => e.value).sort((a, b) => a - b)).toEqual(mine);
      // Revisions are 1..n without gaps or doubles: no write overwrote another.
      expect(written.map((e) => e.revision).sort((a, b) => a - b)).toEqual(written.map((_, i) => i + 1));
    }
  });
});
