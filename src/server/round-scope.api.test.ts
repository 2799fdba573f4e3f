/**
 * What a round's state and a person's unit allow, on SQLite and PostgreSQL: a report in a closed
 * round can no longer be approved or returned, and the dashboard shows a reporter or reviewer only
 * their own unit's outstanding and overdue reports, as the rounds page does.
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

interface DashboardReports {
  reports: { overdue: number; units: { unit: string; outstanding: number; overdue: boolean }[] };
}

describe.each(testDialects())('rounds and units on $dialect', (dialect) => {
  let t: TestApp;
  let office: Session;
  // The test clock: 2024-04-15, after the round's due date of 2024-03-31, so its arrears are overdue.
  const now = new Date('2024-04-15T02:00:00Z');

  beforeAll(async () => {
    t = await startTestApp(dialect, { includeDemo: false, clock: () => now });
    await signInAdmin(t);
    await seedPeople(t);
    office = await signIn(t.app, 'office', password);
    // T25 to 金山园区, T27 and T15 to 城东园区: one report owed by 金山, two by 城东.
    for (const [itemCode, lead] of [
      ['T25', 'park-jinshan'],
      ['T27', 'park-chengdong'],
      ['T15', 'park-chengdong'],
    ] as const) {
      await office.request('PUT', `/api/plans/${planCode}/assignments`, {
        itemType: 'indicator',
        itemCode,
        lead,
        co: [],
      });
    }
    const round = await office.request('POST', `/api/plans/${planCode}/rounds`, {
      name: '2023年年度填报',
      period: '2023',
      opensOn: '2024-03-01',
      dueOn: '2024-03-31',
      itemTypes: ['indicator'],
      itemCodes: ['T25', 'T27', 'T15'],
    });
    expect(round.statusCode, round.body).toBe(201);
  });
  afterAll(async () => t?.close());

  const dashboard = async (who: Session) =>
    ((await who.request('GET', `/api/plans/${planCode}/dashboard?asOf=2023`)).json() as DashboardReports)
      .reports;

  it('shows a unit user only their own unit’s overdue reports on the dashboard', async () => {
    // The office sees both parks: 1 + 2 = 3 overdue.
    const all = await dashboard(office);
    expect(all.overdue).toBe(3);
    expect(all.units.map((u) => [u.unit, u.outstanding]).sort()).toEqual([
      ['park-chengdong', 2],
      ['park-jinshan', 1],
    ]);
    for (const username of ['js-reporter', 'js-reviewer']) {
      const mine = await dashboard(await signIn(t.app, username, password));
      expect(mine).toEqual({
        overdue: 1,
        units: [expect.objectContaining({ unit: 'park-jinshan', outstanding: 1, overdue: true })],
      });
    }
    const other = await dashboard(await signIn(t.app, 'cd-reporter', password));
    expect(other.overdue).toBe(2);
    expect(other.units.map((u) => u.unit)).toEqual(['park-chengdong']);
  });

  it('refuses to approve or return a report once its round is closed, saying why', async () => {
    const reporter = await signIn(t.app, 'js-reporter', password);
    const reviewer = await signIn(t.app, 'js-reviewer', password);
    const inbox = (await reporter.request('GET', '/api/inbox')).json() as { report: { id: number } }[];
    const id = inbox[0]?.report.id ?? 0;
    const submitted = await reporter.request('POST', `/api/reports/${id}/submit`, {
      version: 1,
      measure: 'level',
      value: 34.1,
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const roundId = (await reviewer.request('GET', `/api/reports/${id}`)).json().roundId as number;
    const round = (await office.request('GET', `/api/rounds/${roundId}`)).json() as { version: number };
    const closed = await office.request('POST', `/api/rounds/${roundId}/close`, { version: round.version });
    expect(closed.statusCode, closed.body).toBe(204);

    const version = submitted.json().version as number;
    const approve = await reviewer.request('POST', `/api/reports/${id}/approve`, {
      version,
      comment: '同意',
    });
    expect(approve.statusCode).toBe(409);
    expect(approve.json().code).toBe('round_closed');
    expect(approve.json().messages.zh).toContain('已关闭');
    const giveBack = await reviewer.request('POST', `/api/reports/${id}/return`, {
      version,
      comment: '请补充',
    });
    expect(giveBack.statusCode).toBe(409);
    // Nothing entered the ledger from the refused approval (the published figures stay alone).
    const ledger = (await office.request('GET', `/api/plans/${planCode}/indicators/T25/ledger`)).json() as {
      layer: string;
    }[];
    expect(ledger.filter((e) => e.layer === 'reported')).toEqual([]);
  });
});
