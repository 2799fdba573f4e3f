/**
 * Evaluation reports through the API: the office writes its narrative sections, generates the
 * mid-term report, and every figure in it equals the API's numbers for the same date.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../db/test-support/test-databases';
import type { IndicatorRowData, ReportModel } from '../io/report-model/report-model';
import { buildReportModel } from '../services/evaluation-report';
import { storedReportInput } from '../services/evaluation-report/stored-report';
import { findPlan } from '../services/plans/stored-plan';
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

function rowsOf(model: ReportModel): IndicatorRowData[] {
  const out: IndicatorRowData[] = [];
  const walk = (blocks: readonly unknown[]) => {
    for (const block of blocks as {
      type?: string;
      rows?: { data?: IndicatorRowData }[];
      blocks?: unknown[];
    }[]) {
      if (block.type === 'table') for (const row of block.rows ?? []) if (row.data) out.push(row.data);
      if (Array.isArray(block.blocks)) walk(block.blocks);
    }
  };
  walk(model.sections.flatMap((s) => (s as unknown as { blocks: unknown[] }).blocks ?? []));
  return out;
}

describe.each(testDialects())('evaluation reports on $dialect', (dialect) => {
  let t: TestApp;
  let office: Session;

  beforeAll(async () => {
    t = await startTestApp(dialect, { includeDemo: true });
    await signInAdmin(t);
    await seedPeople(t);
    office = await signIn(t.app, 'office', password);
  });
  afterAll(async () => t?.close());

  it('keeps the office’s narrative as revisions', async () => {
    const first = await office.request('PUT', `/api/plans/${planCode}/report/narrative`, {
      asOf: '2023',
      kind: 'midterm',
      problems: '一是主导产业增加值增速不及预期。',
      nextSteps: '加快在建项目投产。',
      expectedRevision: 0,
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().revision).toBe(1);
    const stale = await office.request('PUT', `/api/plans/${planCode}/report/narrative`, {
      asOf: '2023',
      kind: 'midterm',
      problems: 'x',
      nextSteps: 'y',
      expectedRevision: 0,
    });
    expect(stale.statusCode).toBe(409);
    const leader = await signIn(t.app, 'leader', password);
    expect(
      (
        await leader.request('PUT', `/api/plans/${planCode}/report/narrative`, {
          asOf: '2023',
          kind: 'midterm',
          problems: '',
          nextSteps: '',
          expectedRevision: 1,
        })
      ).statusCode,
    ).toBe(403);
  });

  it('prints in the report exactly the numbers the API gives for the same date', async () => {
    const plan = await findPlan(t.adminCtx, planCode);
    const model = buildReportModel(
      await storedReportInput(t.adminCtx, plan, {
        asOf: '2023',
        kind: 'midterm',
        lang: 'zh',
        dataset: 'all',
      }),
    );
    const api = (
      await office.request('GET', `/api/plans/${planCode}/indicators?asOf=2023&dataset=all`)
    ).json() as {
      indicators: {
        code: string;
        evaluation: { status: string; actual: number | null; expected: number | null; ratio: number | null };
      }[];
    };
    const printed = rowsOf(model);
    expect(printed.length).toBe(api.indicators.length);
    for (const row of printed) {
      const same = api.indicators.find((i) => i.code === row.code)?.evaluation;
      expect(same, row.code).toBeDefined();
      expect(
        { status: row.status, actual: row.actual, expected: row.expected, ratio: row.ratio },
        row.code,
      ).toEqual({
        status: same?.status,
        actual: same?.actual,
        expected: same?.expected,
        ratio: same?.ratio,
      });
    }
  });

  it('delivers Word and an HTML view with the narrative, every table-1 indicator and the demo notice', async () => {
    const docx = await office.request(
      'GET',
      `/api/plans/${planCode}/report?asOf=2023&kind=midterm&format=docx`,
    );
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect(docx.headers['content-disposition']).toContain(encodeURIComponent('中期评估报告'));
    const html = await office.request(
      'GET',
      `/api/plans/${planCode}/report?asOf=2023&kind=midterm&format=html`,
    );
    expect(html.statusCode).toBe(200);
    expect(html.body).not.toContain('<script');
    expect(html.body).toContain('一是主导产业增加值增速不及预期。');
    expect(html.body).toContain('示例数据');
    const table1 = (await office.request('GET', `/api/plans/${planCode}/indicators?asOf=2023`))
      .json()
      .indicators.filter((i: { source: string }) => i.source === 'table1') as { name: string }[];
    for (const i of table1) expect(html.body, i.name).toContain(i.name.replace(/&/g, '&amp;'));
  }, 180_000); // the first report of a server also starts its render worker, which loads the renderers
});
