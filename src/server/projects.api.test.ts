/**
 * The project library end to end through the HTTP API, on SQLite and PostgreSQL: the 195 projects of
 * the plan's columns are in the library; the office edits one as a new version and moves its stage;
 * a month of reporting runs from the round to the investment ledger and the completion against
 * 序时进度; every bad input is refused with a reason in both languages.
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

const projects = `/api/plans/${planCode}/projects`;
const png = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);

describe.each(testDialects())('project library on $dialect', (dialect) => {
  let t: TestApp;
  let office: Session;
  let reporter: Session;
  let reviewer: Session;
  let otherReporter: Session;
  let leader: Session;

  beforeAll(async () => {
    // 2024-10-15 in Hebi: 1–9月 figures are being reported.
    t = await startTestApp(dialect, { includeDemo: false, clock: () => new Date('2024-10-15T02:00:00Z') });
    await signInAdmin(t);
    await seedPeople(t);
    office = await signIn(t.app, 'office', password);
    reporter = await signIn(t.app, 'js-reporter', password);
    reviewer = await signIn(t.app, 'js-reviewer', password);
    otherReporter = await signIn(t.app, 'cd-reporter', password);
    leader = await signIn(t.app, 'leader', password);
  });
  afterAll(async () => t?.close());

  it('holds the 195 projects of the plan’s columns', async () => {
    const res = await leader.request('GET', projects);
    expect(res.statusCode, res.body).toBe(200);
    const list = res.json() as { total: number; asOf: string; projects: { code: string; origin: string }[] };
    expect(list.asOf).toBe('2024-10-15');
    expect(list.total).toBe(195);
    expect(new Set(list.projects.map((p) => p.origin))).toEqual(new Set(['plan']));
    const c3 = (await leader.request('GET', `${projects}?column=C3`)).json();
    expect(c3.total).toBe(21);
    expect(c3.projects[0]).toMatchObject({
      code: 'C3-P01',
      name: '海尔轻量化产业园',
      columnTitle: '专栏3:镁基新材料产业抓高聚轻专项',
      chapter: 'CH6',
      stage: 'conceived',
      stageName: { zh: '谋划', en: 'conceived' },
      version: 1,
    });
    const pipeline = (await leader.request('GET', `${projects}/pipeline`)).json();
    expect(pipeline.total.count).toBe(195);
    expect(pipeline.batches[0]).toMatchObject({ batch: 'planning', name: { zh: '谋划一批' }, count: 195 });
    expect(pipeline.byColumn).toHaveLength(15);
    const codes = (await reporter.request('GET', '/api/project-codes')).json();
    expect(codes.chains.map((c: { zh: string }) => c.zh)).toEqual([
      '汽车电子电器',
      '光电子',
      '镁基新材料',
      '服务业',
      '城建民生',
      '生态环保',
      '其他',
    ]);
  });

  it('edits a project as a new version with its reason, and refuses a stale version', async () => {
    const edit = await office.request('PATCH', `${projects}/C3-P01`, {
      version: 1,
      reason: '2024年项目库调度',
      responsibleUnit: 'park-jinshan',
      park: 'park-jinshan',
      leader: '王副主任',
      chain: 'magnesium',
      owner: '海尔集团',
      nature: 'new',
      investor: 'market',
      totalInvestment: 50_000,
      plannedStart: '2024-03-01',
      plannedFinish: '2025-12-31',
    });
    expect(edit.statusCode, edit.body).toBe(200);
    expect(edit.json()).toMatchObject({
      version: 2,
      responsibleUnit: { code: 'park-jinshan', name: '金山园区' },
      park: { code: 'park-jinshan' },
      chain: 'magnesium',
      totalInvestment: 50_000,
    });
    const stale = await office.request('PATCH', `${projects}/C3-P01`, {
      version: 1,
      reason: '再改',
      owner: 'x',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'version_conflict', currentVersion: 2 });
    const revisions = (await leader.request('GET', `${projects}/C3-P01/revisions`)).json();
    expect(revisions.map((r: { version: number; reason: string }) => [r.version, r.reason])).toEqual([
      [1, '规划纲要所列 / as listed in the plan'],
      [2, '2024年项目库调度'],
    ]);
    expect(revisions[1].snapshot).toMatchObject({ responsibleUnit: 'park-jinshan', owner: '海尔集团' });
    expect(revisions[1].createdByName).toBe('规划办');
    // The responsible unit is the project's lead in 责任分工, the one reporting rounds ask.
    const assignments = (await office.request('GET', `/api/plans/${planCode}/assignments`)).json();
    expect(assignments).toContainEqual({
      itemType: 'project',
      itemCode: 'C3-P01',
      lead: 'park-jinshan',
      co: [],
    });
    // A reporter may not edit the library.
    expect(
      (await reporter.request('PATCH', `${projects}/C3-P01`, { version: 2, reason: 'x' })).statusCode,
    ).toBe(403);
  });

  it('moves the stage forward freely, backward or skipping only with a reason, keeping the history', async () => {
    const next = await office.request('POST', `${projects}/C3-P01/stage`, {
      stage: 'reserve',
      on: '2024-01-10',
      version: 2,
    });
    expect(next.statusCode, next.body).toBe(200);
    const skip = await office.request('POST', `${projects}/C3-P01/stage`, {
      stage: 'under_construction',
      on: '2024-03-20',
      version: 3,
    });
    expect(skip.statusCode).toBe(400);
    expect(skip.json()).toMatchObject({
      code: 'stage_skip_needs_reason',
      messages: { zh: '从“储备”跨阶段调整到“在建”须写明原因' },
    });
    const prep = await office.request('POST', `${projects}/C3-P01/stage`, {
      stage: 'preparation',
      on: '2024-02-01',
      version: 3,
    });
    expect(prep.statusCode, prep.body).toBe(200);
    const started = await office.request('POST', `${projects}/C3-P01/stage`, {
      stage: 'under_construction',
      on: '2024-03-20',
      version: 4,
    });
    expect(started.json()).toMatchObject({ stage: 'under_construction', stageSince: '2024-03-20' });
    const back = await office.request('POST', `${projects}/C3-P01/stage`, {
      stage: 'preparation',
      on: '2024-04-01',
      version: 5,
    });
    expect(back.statusCode).toBe(400);
    expect(back.json()).toMatchObject({
      code: 'stage_back_needs_reason',
      messages: {
        zh: '从“在建”退回“前期”须写明原因',
        en: 'moving back from under construction to preparation needs a reason',
      },
    });
    const early = await office.request('POST', `${projects}/C3-P01/stage`, {
      stage: 'completed',
      on: '2024-03-01',
      version: 5,
    });
    expect(early.json()).toMatchObject({ code: 'stage_date_before_previous' });
    const detail = (await leader.request('GET', `${projects}/C3-P01`)).json();
    expect(detail.actualStart).toBe('2024-03-20');
    expect(
      detail.stageHistory.map((m: { fromStage: string; toStage: string; kind: string }) => [
        m.fromStage,
        m.toStage,
        m.kind,
      ]),
    ).toEqual([
      ['conceived', 'reserve', 'next'],
      ['reserve', 'preparation', 'next'],
      ['preparation', 'under_construction', 'next'],
    ]);
    // The pipeline on a date reads the history: on 2024-01-31 the project was in reserve.
    const january = (await leader.request('GET', `${projects}/pipeline?asOf=2024-01-31`)).json();
    expect(january.byStage.find((s: { stage: string }) => s.stage === 'reserve').count).toBe(1);
    const now = (await leader.request('GET', `${projects}/pipeline`)).json();
    expect(now.batches.find((b: { batch: string }) => b.batch === 'construction')).toMatchObject({
      count: 1,
      investment: 50_000,
    });
    const column = now.byColumn.find((c: { key: string }) => c.key === 'C3');
    expect(column.byStage).toMatchObject({ conceived: 20, under_construction: 1 });
    expect(now.byPark.find((p: { key: string }) => p.key === 'park-jinshan').count).toBe(1);
    expect(now.byChain.find((c: { key: string }) => c.key === 'magnesium').count).toBe(1);
  });

  it('runs a month of reporting from the round to completion against 序时进度', async () => {
    const plan = await office.request('PUT', `${projects}/C3-P01/annual-plans/2024`, {
      value: 1200,
      reason: '2024年重点项目投资计划',
    });
    expect(plan.statusCode, plan.body).toBe(200);
    const round = await office.request('POST', `/api/plans/${planCode}/rounds`, {
      name: '2024年1–9月重点项目调度',
      period: '2024-09',
      opensOn: '2024-10-01',
      dueOn: '2024-10-20',
      itemTypes: ['project'],
    });
    expect(round.statusCode, round.body).toBe(201);
    const inbox = (await reporter.request('GET', '/api/inbox')).json();
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toMatchObject({
      report: { itemType: 'project', itemCode: 'C3-P01', period: '2024-09' },
      item: { name: '海尔轻量化产业园', unit: '万元' },
      annualTarget: 1200,
      lastApproved: null,
    });
    const reportId = inbox[0].report.id as number;
    expect((await otherReporter.request('GET', '/api/inbox')).json()).toEqual([]);

    const draft = await reporter.request('PUT', `/api/reports/${reportId}`, {
      version: 1,
      measure: 'ytd',
      value: 816,
      narrative: '主体钢结构完成80%,一号车间屋面施工中',
    });
    expect(draft.statusCode, draft.body).toBe(200);
    const photo = await reporter.upload(
      `/api/reports/${reportId}/attachments`,
      'site-2024-09.png',
      png,
      'image/png',
    );
    expect(photo.statusCode, photo.body).toBe(201);
    const submitted = await reporter.request('POST', `/api/reports/${reportId}/submit`, { version: 2 });
    expect(submitted.json().status).toBe('submitted');
    const approved = await reviewer.request('POST', `/api/reports/${reportId}/approve`, {
      version: 3,
      comment: '属实',
    });
    expect(approved.statusCode, approved.body).toBe(200);

    const detail = (await leader.request('GET', `${projects}/C3-P01`)).json();
    expect(detail.investment).toMatchObject({
      year: 2024,
      annualPlan: 1200,
      ytd: { period: '2024-09', value: 816 },
      completedToDate: 816,
      completion: { completionPercent: 68, timeElapsedPercent: 75, gapPoints: -7, pace: 'behind' },
    });
    expect(detail.investment.completion.explanation.zh).toBe(
      '2024年1–9月累计完成投资816万元,完成年度计划的68%,低于序时进度7个百分点',
    );
    expect(detail.investmentLedger).toEqual([
      expect.objectContaining({
        period: '2024-09',
        value: 816,
        revision: 1,
        progress: '主体钢结构完成80%,一号车间屋面施工中',
        reportId,
        current: true,
        // The figure is the reporter's (the report's last editor), named as the test app names them.
        createdByName: '金山填报员',
      }),
    ]);
    // 7 points behind is within the default 10-point margin: no warning; with a 5-point margin, one.
    expect(detail.warnings).toEqual([]);
    const strict = (await leader.request('GET', `${projects}/warnings?margin=5`)).json();
    expect(strict.warnings).toContainEqual(
      expect.objectContaining({
        type: 'project_behind_pace',
        level: 'yellow',
        subject: 'C3-P01',
        since: '2024-09',
      }),
    );
    const attachments = (await reviewer.request('GET', `/api/reports/${reportId}/attachments`)).json();
    expect(attachments.map((a: { fileName: string }) => a.fileName)).toEqual(['site-2024-09.png']);
    const audit = (
      await office.request('GET', `/api/audit?entityType=project&entityId=${planCode}/C3-P01`)
    ).json() as { action: string }[];
    expect(audit.map((a) => a.action).reverse()).toEqual([
      'project.update',
      'project.stage',
      'project.stage',
      'project.stage',
      'project.annual_plan',
      'project.investment',
    ]);
  });

  it('refuses a 1–N月累计 below last month’s, naming it, and completed investment above the total', async () => {
    const round = await office.request('POST', `/api/plans/${planCode}/rounds`, {
      name: '2024年1–10月重点项目调度',
      period: '2024-10',
      opensOn: '2024-10-15',
      dueOn: '2024-11-05',
      itemTypes: ['project'],
    });
    expect(round.statusCode, round.body).toBe(201);
    const inbox = (await reporter.request('GET', '/api/inbox')).json();
    const item = inbox.find((i: { report: { period: string } }) => i.report.period === '2024-10');
    expect(item.lastApproved).toEqual({ period: '2024-09', measure: 'ytd', value: 816 });
    const id = item.report.id as number;
    const lower = await reporter.request('PUT', `/api/reports/${id}`, { version: 1, value: 800 });
    expect(lower.statusCode).toBe(400);
    expect(lower.json()).toMatchObject({
      code: 'ytd_decreasing',
      neighbour: { period: '2024-09', value: 816 },
      messages: {
        zh: '1–N月累计完成投资不能比上月少:2024年1–9月已为816万元,本次填报800万元',
        en: 'a year-to-date investment cannot fall: Jan–Sep 2024 was already 816 × 10,000 yuan, this value is 800 × 10,000 yuan',
      },
      issues: [expect.objectContaining({ field: 'value', code: 'ytd_decreasing' })],
    });
    const above = await reporter.request('POST', `/api/reports/${id}/submit`, {
      version: 1,
      value: 60_000,
      narrative: '设备进场',
    });
    expect(above.statusCode).toBe(400);
    expect(above.json()).toMatchObject({
      code: 'investment_above_total',
      messages: { zh: '累计完成投资将达60000万元,超过项目总投资50000万元' },
    });
    const wrongMeasure = await reporter.request('PUT', `/api/reports/${id}`, {
      version: 1,
      measure: 'level',
    });
    expect(wrongMeasure.json().code).toBe('project_measure_ytd');
    const noValue = await reporter.request('POST', `/api/reports/${id}/submit`, {
      version: 1,
      narrative: '施工中',
    });
    expect(noValue.json().code).toBe('value_required');
    // The office cannot lower the total below what is already invested either.
    const total = await office.request('PATCH', `${projects}/C3-P01`, {
      version: 5,
      reason: '核减',
      totalInvestment: 500,
    });
    expect(total.json()).toMatchObject({ code: 'total_below_completed' });
    // Direct entry by the office goes through the same checks, with its revision.
    const direct = await office.request('POST', `${projects}/C3-P01/investment`, {
      period: '2024-08',
      value: 900,
      reason: '统计局反馈',
      expectedRevision: 0,
    });
    expect(direct.json()).toMatchObject({
      code: 'ytd_above_later',
      neighbour: { period: '2024-09', value: 816 },
    });
    const stale = await office.request('POST', `${projects}/C3-P01/investment`, {
      period: '2024-09',
      value: 820,
      reason: '更正',
      expectedRevision: 0,
    });
    expect(stale.json()).toMatchObject({ code: 'version_conflict', currentVersion: 1 });
    expect(
      (
        await reporter.request('POST', `${projects}/C3-P01/investment`, {
          period: '2024-08',
          value: 1,
          reason: 'x',
          expectedRevision: 0,
        })
      ).statusCode,
    ).toBe(403);
  });

  it('refuses bad attributes with every reason, in Chinese and English', async () => {
    const finish = await office.request('PATCH', `${projects}/C3-P01`, {
      version: 5,
      reason: '调整工期',
      plannedFinish: '2023-12-31',
    });
    expect(finish.json()).toMatchObject({
      code: 'finish_before_start',
      messages: {
        zh: '计划竣工日期 2023-12-31 早于计划开工日期 2024-03-01',
        en: 'the planned finish 2023-12-31 is before the planned start 2024-03-01',
      },
    });
    const many = await office.request('PATCH', `${projects}/C3-P01`, {
      version: 5,
      reason: '调整',
      responsibleUnit: 'dept-nowhere',
      park: 'dept-economy',
      column: 'C99',
      plannedStart: '2024-02-30',
    });
    expect(many.statusCode).toBe(400);
    expect(many.json().code).toBe('project_invalid');
    expect(many.json().issues.map((i: { field: string; code: string }) => `${i.field}:${i.code}`)).toEqual([
      'column:unknown_column',
      'responsibleUnit:unknown_unit',
      'park:not_a_park',
      'plannedStart:bad_date',
    ]);
    const stage = await office.request('POST', `${projects}/C3-P01/stage`, {
      stage: 'building',
      on: '2024-10-01',
      version: 5,
    });
    expect(stage.statusCode).toBe(400);
    expect(stage.json().issues[0]).toMatchObject({ field: 'stage' });
    expect(stage.json().issues[0].message.zh).toContain('阶段应为 conceived');
    expect(stage.json().issues[0].message.en).toContain('stage must be one of conceived');
    const chain = await office.request('PATCH', `${projects}/C3-P01`, {
      version: 5,
      reason: 'x',
      chain: 'steel',
    });
    expect(chain.statusCode).toBe(400);
    expect(chain.json().issues[0].message.zh).toContain('产业链应为');
    const slashes = await office.request('PATCH', `${projects}/C3-P01`, {
      version: 5,
      reason: 'x',
      plannedStart: '2024/03/01',
    });
    expect(slashes.statusCode).toBe(400);
    expect(slashes.json().issues[0]).toMatchObject({ field: 'plannedStart' });
    expect(slashes.json().issues[0].message.zh).toContain('日期应为 YYYY-MM-DD');
    const future = await office.request('POST', `${projects}/C3-P01/stage`, {
      stage: 'completed',
      on: '2025-01-01',
      version: 5,
      reason: '提前',
    });
    expect(future.json().code).toBe('date_in_future');
    const nul = await office.request('PATCH', `${projects}/C3-P01`, {
      version: 5,
      reason: 'x',
      owner: 'a\u0000b',
    });
    expect(nul.statusCode).toBe(400);
    expect(nul.json().issues[0]).toMatchObject({ field: 'owner' });
    const asOf = await leader.request('GET', `${projects}?asOf=2024-13-01`);
    expect(asOf.statusCode).toBe(400);
    expect(asOf.json().code).toBe('bad_date');
    expect((await leader.request('GET', `${projects}/NOPE`)).statusCode).toBe(404);
  });

  it('adds a later project with the office’s permission, outside the plan’s own definition', async () => {
    const body = {
      name: '镁合金再生利用示范线',
      column: 'C3',
      responsibleUnit: 'park-jinshan',
      park: 'park-jinshan',
      chain: 'magnesium',
      nature: 'new',
      investor: 'market',
      totalInvestment: 8000,
      plannedStart: '2025-03-01',
      plannedFinish: '2026-06-30',
    };
    expect((await reporter.request('POST', projects, body)).statusCode).toBe(403);
    const added = await office.request('POST', projects, body);
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({
      code: 'N001',
      origin: 'added',
      chapter: 'CH6',
      stage: 'conceived',
      stageSince: '2024-10-15',
      responsibleUnit: { code: 'park-jinshan' },
      version: 1,
    });
    const taken = await office.request('POST', projects, { ...body, code: 'C3-P01' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('project_code_taken');
    expect((await office.request('POST', projects, { ...body, code: 'pipeline' })).json().code).toBe(
      'code_reserved',
    );
    // The library has 196 projects; the plan still names 195.
    expect((await leader.request('GET', projects)).json().total).toBe(196);
    expect((await leader.request('GET', `${projects}?origin=added`)).json().total).toBe(1);
    expect((await leader.request('GET', `/api/plans/${planCode}/outline`)).json().projects).toHaveLength(195);
    // 责任分工 accepts the added project; the pipeline counts it from the day it was added.
    const assign = await office.request('PUT', `/api/plans/${planCode}/assignments`, {
      itemType: 'project',
      itemCode: 'N001',
      lead: 'park-jinshan',
      co: ['dept-economy'],
    });
    expect(assign.statusCode, assign.body).toBe(200);
    const before = (await leader.request('GET', `${projects}/pipeline?asOf=2024-10-14`)).json();
    expect(before.total.count).toBe(195);
  });

  it('lets one of several concurrent first edits win and the others get 409, losing nothing', async () => {
    const results = await Promise.all(
      [1, 2, 3, 4, 5, 6].map((n) =>
        office.request('PATCH', `${projects}/C1-P01`, { version: 1, reason: `并发 ${n}`, owner: `业主${n}` }),
      ),
    );
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes).toEqual([200, 409, 409, 409, 409, 409]);
    const revisions = (await leader.request('GET', `${projects}/C1-P01/revisions`)).json();
    expect(revisions.map((r: { version: number }) => r.version)).toEqual([1, 2]);
    const added = await Promise.all(
      [1, 2, 3].map(() => office.request('POST', projects, { code: 'RACE-1', name: '并发新增' })),
    );
    expect(added.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
  });

  it('describes every project route in the OpenAPI document, in Chinese and English', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const pipeline = doc.paths['/api/plans/{plan}/projects/pipeline'].get;
    expect(pipeline.summary).toContain('谋划一批、储备一批、建设一批');
    expect(pipeline.summary).toContain('the pipeline');
    const stage = doc.paths['/api/plans/{plan}/projects/{code}/stage'].post;
    expect(JSON.stringify(stage.requestBody)).toContain('under_construction');
  });

  it('shows a unit user only the projects their unit has a part in', async () => {
    const own = (await reporter.request('GET', projects)).json();
    expect(own.projects.map((p: { code: string }) => p.code)).toEqual(['C3-P01', 'N001']);
    const other = (await otherReporter.request('GET', projects)).json();
    expect(other.total).toBe(0);
    expect((await otherReporter.request('GET', `${projects}/C3-P01`)).statusCode).toBe(404);
    expect((await otherReporter.request('GET', `${projects}/pipeline`)).json().total.count).toBe(0);
  });
});
