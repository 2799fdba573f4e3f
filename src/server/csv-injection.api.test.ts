/**
 * CSV formula injection through a line break, as it was found: a reviewer approves with the comment
 * `审核通过\n=cmd|' /C calc'!A0`, and the ledger's CSV export must not hand Excel a cell — or, to a tool
 * that splits lines, a line — that starts a formula. Checked by parsing the CSV back as Excel would
 * (RFC 4180 quoting) and by splitting it naively into lines.
 */
import { parse } from 'csv-parse/sync';
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

/** OWASP CSV injection starts, with csv-stringify's full-width forms and leading blanks. */
const formulaStart = /^\t|^[ \t]*[=+\-@\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const plainNumber = /^-?\d+(\.\d+)?$/;
const attack = "审核通过\n=cmd|' /C calc'!A0";

describe.each(testDialects())('CSV export of a reviewer comment with a line break on $dialect', (dialect) => {
  let t: TestApp;
  let office: Session;

  beforeAll(async () => {
    t = await startTestApp(dialect, { includeDemo: false });
    await signInAdmin(t);
    await seedPeople(t);
    office = await signIn(t.app, 'office', password);
    const reporter = await signIn(t.app, 'js-reporter', password);
    const reviewer = await signIn(t.app, 'js-reviewer', password);
    await office.request('PUT', `/api/plans/${planCode}/assignments`, {
      itemType: 'indicator',
      itemCode: 'T25',
      lead: 'park-jinshan',
      co: [],
    });
    await office.request('POST', `/api/plans/${planCode}/rounds`, {
      name: '2023年年度填报',
      period: '2023',
      opensOn: '2024-03-01',
      dueOn: '2024-03-31',
      itemTypes: ['indicator'],
    });
    const inbox = (await reporter.request('GET', '/api/inbox')).json() as { report: { id: number } }[];
    const id = inbox[0]?.report.id ?? 0;
    await reporter.request('PUT', `/api/reports/${id}`, { version: 1, measure: 'level', value: 33.5 });
    await reporter.request('POST', `/api/reports/${id}/submit`, { version: 2 });
    const approved = await reviewer.request('POST', `/api/reports/${id}/approve`, {
      version: 3,
      comment: attack,
    });
    expect(approved.statusCode, approved.body).toBe(200);
  });
  afterAll(async () => t?.close());

  it('quotes the comment and defuses the line after its break', async () => {
    const res = await office.request('GET', `/api/plans/${planCode}/indicators/T25/ledger/export?format=csv`);
    expect(res.statusCode, res.body).toBe(200);
    const text = res.rawPayload.toString('utf8').replace(/^\uFEFF/, '');
    // What Excel sees: one record per ledger entry, the comment one cell with its break inside.
    const records: string[][] = parse(text, { relax_column_count: true });
    const header = records[0] ?? [];
    const reasons = records.slice(1).map((r) => r[header.indexOf('理由')]);
    expect(reasons).toContain("审核通过\n'=cmd|' /C calc'!A0");
    for (const cell of records.flat()) {
      for (const line of cell.split(/\r\n|\r|\n/)) {
        if (!plainNumber.test(line)) expect(line, JSON.stringify(cell)).not.toMatch(formulaStart);
      }
    }
    // What a line-by-line reader sees: no physical line starts a formula either.
    for (const line of text.split(/\r\n|\r|\n/)) expect(line).not.toMatch(formulaStart);
  });
});
