/**
 * An approval never silently replaces what the ledger recorded after the submission, on SQLite and
 * PostgreSQL: 金山园区 submits 88 for 高新技术企业数量 (T27, 2023); the plan office then records 80 as a
 * new revision; the reviewer approves the old submission → 409 naming both values, and 80 stays
 * current. Returned and submitted again, the report is approved against the ledger as it now is.
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

interface LedgerRow {
  value: number;
  revision: number;
  current: boolean;
  period: string;
}

describe.each(testDialects())('a stale approval on $dialect', (dialect) => {
  let t: TestApp;
  let office: Session;
  let reporter: Session;
  let reviewer: Session;
  let reportId = 0;

  const ledger = async () =>
    (
      (await office.request('GET', `/api/plans/${planCode}/indicators/T27/ledger`)).json() as LedgerRow[]
    ).filter((r) => r.period === '2023');

  beforeAll(async () => {
    t = await startTestApp(dialect, { includeDemo: false });
    await signInAdmin(t);
    await seedPeople(t);
    office = await signIn(t.app, 'office', password);
    reporter = await signIn(t.app, 'js-reporter', password);
    reviewer = await signIn(t.app, 'js-reviewer', password);
    await office.request('PUT', `/api/plans/${planCode}/assignments`, {
      itemType: 'indicator',
      itemCode: 'T27',
      lead: 'park-jinshan',
      co: [],
    });
    const round = await office.request('POST', `/api/plans/${planCode}/rounds`, {
      name: '2023年年度填报',
      period: '2023',
      opensOn: '2024-03-01',
      dueOn: '2024-03-31',
      itemTypes: ['indicator'],
      itemCodes: ['T27'],
    });
    expect(round.statusCode, round.body).toBe(201);
    const inbox = (await reporter.request('GET', '/api/inbox')).json() as { report: { id: number } }[];
    reportId = inbox[0]?.report.id ?? 0;
  });
  afterAll(async () => t?.close());

  it('refuses to approve 88 over the office’s later 80 with 409 naming both, and keeps 80 current', async () => {
    const submitted = await reporter.request('POST', `/api/reports/${reportId}/submit`, {
      version: 1,
      measure: 'level',
      value: 88,
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const corrected = await office.request('POST', `/api/plans/${planCode}/indicators/T27/values`, {
      period: '2023',
      measure: 'level',
      value: 80,
      reason: '统计局年报更正',
      expectedRevision: 0,
    });
    expect(corrected.statusCode, corrected.body).toBe(201);

    const approve = await reviewer.request('POST', `/api/reports/${reportId}/approve`, {
      version: submitted.json().version,
      comment: '同意',
    });
    expect(approve.statusCode, approve.body).toBe(409);
    expect(approve.headers['content-type']).toContain('application/problem+json');
    expect(approve.json()).toMatchObject({
      code: 'ledger_moved',
      conflict: {
        submitted: { value: 88, basedOnRevision: 0 },
        current: { value: 80, revision: 1, byName: '规划办', reason: '统计局年报更正' },
      },
    });
    expect(approve.json().conflict.current.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(approve.json().messages.zh).toContain('88');
    expect(approve.json().messages.zh).toContain('80');

    expect((await ledger()).map((r) => [r.value, r.revision, r.current])).toEqual([[80, 1, true]]);
    const report = (await reviewer.request('GET', `/api/reports/${reportId}`)).json();
    expect(report.status).toBe('submitted');
  });

  it('approves once the unit has seen the correction and submitted again', async () => {
    const current = (await reviewer.request('GET', `/api/reports/${reportId}`)).json();
    const returned = await reviewer.request('POST', `/api/reports/${reportId}/return`, {
      version: current.version,
      comment: '规划办已按统计局年报更正为80,请核对',
    });
    expect(returned.statusCode, returned.body).toBe(200);
    const again = await reporter.request('POST', `/api/reports/${reportId}/submit`, {
      version: returned.json().version,
      value: 88,
    });
    expect(again.json().basedOnRevision).toBe(1);
    const approved = await reviewer.request('POST', `/api/reports/${reportId}/approve`, {
      version: again.json().version,
      comment: '园区口径含新认定企业,同意',
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect((await ledger()).map((r) => [r.value, r.revision, r.current])).toEqual([
      [80, 1, false],
      [88, 2, true],
    ]);
  });
});
