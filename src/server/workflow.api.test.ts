/**
 * The reporting workflow end to end through the HTTP API, on SQLite and PostgreSQL:
 * the plan office assigns and opens a round; a park reporter drafts and submits; the park's reviewer
 * returns, then approves; the value enters the ledger and the indicator's status changes at once.
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

describe.each(testDialects())('reporting workflow on $dialect', (dialect) => {
  let t: TestApp;
  let office: Session;
  let reporter: Session;
  let reviewer: Session;
  let otherReporter: Session;

  beforeAll(async () => {
    t = await startTestApp(dialect, { includeDemo: false });
    await signInAdmin(t);
    await seedPeople(t);
    office = await signIn(t.app, 'office', password);
    reporter = await signIn(t.app, 'js-reporter', password);
    reviewer = await signIn(t.app, 'js-reviewer', password);
    otherReporter = await signIn(t.app, 'cd-reporter', password);
  });
  afterAll(async () => t?.close());

  it('runs a round from assignment to an approved value that moves the status', async () => {
    // The office makes 金山园区 lead on 城市绿地率 (T25, binding, 29.6 → 37) and 城东园区 co-unit.
    const assign = await office.request('PUT', `/api/plans/${planCode}/assignments`, {
      itemType: 'indicator',
      itemCode: 'T25',
      lead: 'park-jinshan',
      co: ['park-chengdong'],
    });
    expect(assign.statusCode, assign.body).toBe(200);

    const before = await office.request(
      'GET',
      `/api/plans/${planCode}/indicators/T25?asOf=2023&dataset=published`,
    );
    expect(before.json().evaluation.status).toBe('no_data');

    const round = await office.request('POST', `/api/plans/${planCode}/rounds`, {
      name: '2023年年度填报',
      period: '2023',
      opensOn: '2024-03-01',
      dueOn: '2024-03-31',
      itemTypes: ['indicator'],
    });
    expect(round.statusCode, round.body).toBe(201);
    const roundId = round.json().id as number;

    // The reporter sees exactly what the unit owes; the other park sees nothing of it.
    const inbox = (await reporter.request('GET', '/api/inbox')).json() as {
      report: { id: number; itemCode: string; version: number };
    }[];
    expect(inbox.map((i) => i.report.itemCode)).toEqual(['T25']);
    const reportId = inbox[0]?.report.id ?? 0;
    expect((await otherReporter.request('GET', '/api/inbox')).json()).toEqual([]);
    expect((await otherReporter.request('GET', `/api/reports/${reportId}`)).statusCode).toBe(404);

    const draft = await reporter.request('PUT', `/api/reports/${reportId}`, {
      version: 1,
      measure: 'level',
      value: 33.5,
    });
    expect(draft.statusCode, draft.body).toBe(200);
    expect(draft.json().status).toBe('draft');
    // A stale version loses nothing and says which version is current.
    const stale = await reporter.request('PUT', `/api/reports/${reportId}`, { version: 1, value: 99 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'version_conflict', currentVersion: 2 });

    const submitted = await reporter.request('POST', `/api/reports/${reportId}/submit`, { version: 2 });
    expect(submitted.json().status).toBe('submitted');

    const progress = (await office.request('GET', `/api/rounds/${roundId}/progress`)).json();
    expect(progress).toEqual([
      expect.objectContaining({
        unit: 'park-jinshan',
        total: 1,
        counts: expect.objectContaining({ submitted: 1 }),
        overdue: false,
      }),
    ]);

    const returned = await reviewer.request('POST', `/api/reports/${reportId}/return`, {
      version: 3,
      comment: '请附统计口径说明',
    });
    expect(returned.json()).toMatchObject({ status: 'returned', reviewComment: '请附统计口径说明' });
    const resubmitted = await reporter.request('POST', `/api/reports/${reportId}/submit`, {
      version: 4,
      value: 34.1,
    });
    expect(resubmitted.json()).toMatchObject({ status: 'submitted', value: 34.1 });

    // A reporter cannot approve; the reviewer can.
    expect(
      (await reporter.request('POST', `/api/reports/${reportId}/approve`, { version: 5 })).statusCode,
    ).toBe(403);
    const approved = await reviewer.request('POST', `/api/reports/${reportId}/approve`, {
      version: 5,
      comment: '同意',
    });
    expect(approved.json().status).toBe('approved');

    // The approved value is the ledger's current value and the status follows at once:
    // linear path 29.6 → 37: E(2023) = 29.6 + 7.4·0.6 = 34.04; r = (34.1 − 29.6)/(34.04 − 29.6) = 1.0135 → on track.
    const after = (
      await office.request('GET', `/api/plans/${planCode}/indicators/T25?asOf=2023&dataset=published`)
    ).json();
    expect(after.evaluation.actual).toBe(34.1);
    expect(after.evaluation.expected).toBeCloseTo(34.04, 9);
    expect(after.evaluation.ratio).toBeCloseTo(4.5 / 4.44, 9);
    expect(after.evaluation.status).toBe('on_track');
    const reported = after.ledger.filter((e: { layer: string }) => e.layer === 'reported');
    expect(reported).toEqual([
      expect.objectContaining({ period: '2023', value: 34.1, revision: 1, current: true, reportId }),
    ]);

    const history = (await reviewer.request('GET', `/api/reports/${reportId}/history`)).json() as {
      action: string;
    }[];
    expect(history.map((h) => h.action)).toEqual(['save', 'submit', 'return', 'submit', 'approve']);

    const audit = (
      await office.request('GET', `/api/audit?entityType=report&entityId=${reportId}`)
    ).json() as { action: string }[];
    expect(audit.map((a) => a.action).reverse()).toEqual([
      'report.save',
      'report.submit',
      'report.return',
      'report.submit',
      'report.approve',
    ]);
  });

  it('lets the office correct a value as a new revision and an administrator restore the old one', async () => {
    const admin = await signIn(t.app, 'admin', 'admin password 2024');
    const entry = await office.request('POST', `/api/plans/${planCode}/indicators/T25/values`, {
      period: '2023',
      measure: 'level',
      value: 34.4,
      reason: '统计局年报修订',
      expectedRevision: 1,
    });
    expect(entry.statusCode, entry.body).toBe(201);
    expect(entry.json()).toMatchObject({ revision: 2, value: 34.4 });
    const stale = await office.request('POST', `/api/plans/${planCode}/indicators/T25/values`, {
      period: '2023',
      measure: 'level',
      value: 1,
      reason: 'stale',
      expectedRevision: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().currentVersion).toBe(2);

    const ledger = (await office.request('GET', `/api/plans/${planCode}/indicators/T25?asOf=2023`)).json()
      .ledger as {
      id: number;
      revision: number;
      layer: string;
    }[];
    const first = ledger.find((e) => e.layer === 'reported' && e.revision === 1);
    expect(
      (await office.request('POST', `/api/plans/${planCode}/ledger/${first?.id}/restore`, { reason: 'x' }))
        .statusCode,
    ).toBe(403);
    const restored = await admin.request('POST', `/api/plans/${planCode}/ledger/${first?.id}/restore`, {
      reason: '恢复审定值',
    });
    expect(restored.statusCode, restored.body).toBe(201);
    expect(restored.json()).toMatchObject({ revision: 3, value: 34.1 });
    const page = (await office.request('GET', `/api/plans/${planCode}/indicators/T25?asOf=2023`)).json();
    expect(page.evaluation.actual).toBe(34.1);
  });

  it('refuses writes to a closed round and answers every bad body with the fields named', async () => {
    const rounds = (await office.request('GET', `/api/plans/${planCode}/rounds`)).json() as {
      id: number;
      version: number;
    }[];
    const round = rounds[0];
    expect(
      (await office.request('POST', `/api/rounds/${round?.id}/close`, { version: round?.version }))
        .statusCode,
    ).toBe(204);
    const bad = await office.request('POST', `/api/plans/${planCode}/rounds`, {
      name: '',
      period: '2023-13',
      opensOn: '2024-02-30',
      dueOn: 'tomorrow',
      itemTypes: [],
    });
    expect(bad.statusCode).toBe(400);
    const fields = (bad.json().issues as { field: string }[]).map((i) => i.field).sort();
    expect(fields).toEqual(['dueOn', 'itemTypes', 'name', 'period']);
  });
});
