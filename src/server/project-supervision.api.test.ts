/**
 * 督办 through the HTTP API, on SQLite and PostgreSQL: milestones and their overdue warnings; problems
 * raised by the project's unit, assigned to a department with a deadline, answered and closed, with
 * their colour lights; the warnings for stuck projects; the summary for the evaluation report against
 * the columns' stated totals; the Excel export.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../db/test-support/test-databases';
import { addUser } from '../services/auth/users';
import { projectsReportSection } from '../services/evaluation-report/projects-section-input';
import { findPlan } from '../services/plans/stored-plan';
import { projectsSummary } from '../services/projects/project-summary';
import {
  password,
  planCode,
  type Session,
  seedPeople,
  signIn,
  signInAdmin,
  startTestApp,
  type TestApp,
  testScryptN,
} from './test-support/test-app';

const projects = `/api/plans/${planCode}/projects`;

describe.each(testDialects())('project supervision on $dialect', (dialect) => {
  let t: TestApp;
  let office: Session;
  let reporter: Session;
  let otherReporter: Session;
  let landDept: Session;
  let leader: Session;

  async function edit(code: string, change: Record<string, unknown>) {
    const current = (await office.request('GET', `${projects}/${code}`)).json();
    const res = await office.request('PATCH', `${projects}/${code}`, {
      version: current.version,
      reason: '项目调度',
      ...change,
    });
    expect(res.statusCode, res.body).toBe(200);
  }

  beforeAll(async () => {
    t = await startTestApp(dialect, { includeDemo: false, clock: () => new Date('2024-10-15T02:00:00Z') });
    await signInAdmin(t);
    await seedPeople(t);
    await addUser(
      t.adminCtx,
      {
        username: 'nr-reporter',
        displayName: '自然资源填报员',
        role: 'reporter',
        unit: 'dept-natural-resources',
        password,
      },
      testScryptN,
    );
    office = await signIn(t.app, 'office', password);
    reporter = await signIn(t.app, 'js-reporter', password);
    otherReporter = await signIn(t.app, 'cd-reporter', password);
    landDept = await signIn(t.app, 'nr-reporter', password);
    leader = await signIn(t.app, 'leader', password);
    // Two 金山园区 projects: one started on time, one whose planned start has passed.
    await edit('C3-P01', {
      responsibleUnit: 'park-jinshan',
      park: 'park-jinshan',
      chain: 'magnesium',
      totalInvestment: 50_000,
      plannedStart: '2024-03-01',
      plannedFinish: '2025-12-31',
    });
    await edit('C3-P02', {
      responsibleUnit: 'park-jinshan',
      park: 'park-jinshan',
      chain: 'magnesium',
      totalInvestment: 30_000,
      plannedStart: '2024-05-01',
      plannedFinish: '2026-06-30',
    });
    const moved = await office.request('POST', `${projects}/C3-P01/stage`, {
      stage: 'under_construction',
      on: '2024-03-20',
      reason: '入库时已开工',
      version: 2,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    for (const [code, value] of [
      ['C3-P01', 1200],
      ['C3-P02', 1000],
    ] as const) {
      await office.request('PUT', `${projects}/${code}/annual-plans/2024`, { value, reason: '年度计划' });
    }
    for (const [code, value] of [
      ['C3-P01', 816],
      ['C3-P02', 500],
    ] as const) {
      const entry = await office.request('POST', `${projects}/${code}/investment`, {
        period: '2024-09',
        value,
        reason: '1–9月调度',
        expectedRevision: 0,
      });
      expect(entry.statusCode, entry.body).toBe(201);
    }
  });
  afterAll(async () => t?.close());

  it('records milestones; the responsible unit reports them met; overdue ones warn', async () => {
    const add = (name: string, plannedOn: string) =>
      office.request('POST', `${projects}/C3-P01/milestones`, { name, plannedOn, unit: 'park-jinshan' });
    const roof = await add('主体封顶', '2024-09-30');
    expect(roof.statusCode, roof.body).toBe(201);
    const equipment = (await add('设备进场', '2024-10-10')).json();
    expect(
      (
        await reporter.request('POST', `${projects}/C3-P01/milestones`, {
          name: 'x',
          plannedOn: '2024-12-01',
        })
      ).statusCode,
    ).toBe(403);
    const met = await reporter.request('POST', `/api/project-milestones/${equipment.id}/complete`, {
      version: 1,
      actualOn: '2024-10-12',
    });
    expect(met.statusCode, met.body).toBe(200);
    expect(met.json()).toMatchObject({ actualOn: '2024-10-12', overdue: false, version: 2 });
    const again = await reporter.request('POST', `/api/project-milestones/${equipment.id}/complete`, {
      version: 2,
      actualOn: '2024-10-13',
    });
    expect(again.json().code).toBe('milestone_already_met');
    expect(
      (
        await otherReporter.request('POST', `/api/project-milestones/${equipment.id}/complete`, {
          version: 2,
          actualOn: '2024-10-13',
        })
      ).statusCode,
    ).toBe(404);
    const detail = (await leader.request('GET', `${projects}/C3-P01`)).json();
    expect(
      detail.milestones.map((m: { name: string; overdue: boolean; daysOverdue: number | null }) => [
        m.name,
        m.overdue,
        m.daysOverdue,
      ]),
    ).toEqual([
      ['主体封顶', true, 15],
      ['设备进场', false, null],
    ]);
    expect(detail.warnings).toEqual([
      {
        type: 'milestone_overdue',
        level: 'yellow',
        subject: 'C3-P01',
        ref: roof.json().id,
        reason: {
          zh: '海尔轻量化产业园节点“主体封顶”计划2024-09-30完成,已逾期15天',
          en: '海尔轻量化产业园: milestone "主体封顶" was due on 2024-09-30, 15 day(s) overdue',
        },
        since: '2024-09-30',
      },
    ]);
    const moved = await office.request('PATCH', `/api/project-milestones/${roof.json().id}`, {
      version: 1,
      reason: '钢结构供货推迟',
      plannedOn: '2024-11-30',
    });
    expect(moved.json()).toMatchObject({ plannedOn: '2024-11-30', overdue: false });
    expect((await leader.request('GET', `${projects}/C3-P01`)).json().warnings).toEqual([]);
  });

  it('runs the 督办 loop: raise → assign → respond → close, each step dated with who', async () => {
    const raised = await reporter.request('POST', `${projects}/C3-P01/problems`, {
      category: 'land',
      description: '二期用地指标未落实',
    });
    expect(raised.statusCode, raised.body).toBe(201);
    const problem = raised.json();
    expect(problem).toMatchObject({
      status: 'open',
      raisedUnit: { code: 'park-jinshan' },
      raisedOn: '2024-10-15',
      light: 'yellow',
      lightReason: { zh: '项目投资完成低于序时进度' },
    });
    expect(
      (
        await otherReporter.request('POST', `${projects}/C3-P01/problems`, {
          category: 'land',
          description: 'x',
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await leader.request('POST', `${projects}/C3-P01/problems`, { category: 'land', description: 'x' }))
        .statusCode,
    ).toBe(403);
    const unknown = await reporter.request('POST', `${projects}/C3-P01/problems`, {
      category: 'weather',
      description: 'x',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().issues[0].message.zh).toContain('问题类别应为');

    const early = await landDept.request('POST', `/api/project-problems/${problem.id}/respond`, {
      version: 1,
      text: '已办',
    });
    expect(early.statusCode).toBe(404);
    const pastDue = await office.request('POST', `/api/project-problems/${problem.id}/assign`, {
      version: 1,
      unit: 'dept-natural-resources',
      dueOn: '2024-10-01',
    });
    expect(pastDue.json().code).toBe('due_in_past');
    const assigned = await office.request('POST', `/api/project-problems/${problem.id}/assign`, {
      version: 1,
      unit: 'dept-natural-resources',
      dueOn: '2024-10-17',
      note: '请自然资源局牵头协调',
    });
    expect(assigned.statusCode, assigned.body).toBe(200);
    expect(assigned.json()).toMatchObject({
      status: 'assigned',
      assignedUnit: { code: 'dept-natural-resources' },
      dueOn: '2024-10-17',
      light: 'yellow',
      lightReason: { zh: '距办结时限2024-10-17还有2天' },
    });
    // The park may not answer for the department; the department answers.
    expect(
      (
        await reporter.request('POST', `/api/project-problems/${problem.id}/respond`, {
          version: 2,
          text: 'x',
        })
      ).statusCode,
    ).toBe(403);
    const answered = await landDept.request('POST', `/api/project-problems/${problem.id}/respond`, {
      version: 2,
      text: '已纳入四季度用地报批',
    });
    expect(answered.json()).toMatchObject({ status: 'responded' });
    expect(
      (await reporter.request('POST', `/api/project-problems/${problem.id}/close`, { version: 3, note: 'x' }))
        .statusCode,
    ).toBe(403);
    const closed = await office.request('POST', `/api/project-problems/${problem.id}/close`, {
      version: 3,
      note: '用地指标已下达',
    });
    expect(closed.json()).toMatchObject({ status: 'closed', closedOn: '2024-10-15', light: 'green' });
    const twice = await office.request('POST', `/api/project-problems/${problem.id}/close`, {
      version: 4,
      note: 'x',
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('problem_closed');
    const full = (await landDept.request('GET', `/api/project-problems/${problem.id}`)).json();
    expect(
      full.events.map((e: { action: string; actor: string; onDate: string }) => [
        e.action,
        e.actor,
        e.onDate,
      ]),
    ).toEqual([
      ['raise', '金山填报员', '2024-10-15'],
      ['assign', '规划办', '2024-10-15'],
      ['respond', '自然资源填报员', '2024-10-15'],
      ['close', '规划办', '2024-10-15'],
    ]);
    expect(full.events[1]).toMatchObject({ dueOn: '2024-10-17', unit: { code: 'dept-natural-resources' } });
  });

  it('lights an overdue problem red and warns for every stuck project', async () => {
    const raised = (
      await reporter.request('POST', `${projects}/C3-P02/problems`, {
        category: 'environment',
        description: '环评批复未下达',
      })
    ).json();
    await office.request('POST', `/api/project-problems/${raised.id}/assign`, {
      version: 1,
      unit: 'dept-ecology',
      dueOn: '2024-10-16',
    });
    const lights = (await office.request('GET', `${projects}/problems?asOf=2024-10-20&status=open`)).json();
    expect(lights.problems).toEqual([
      expect.objectContaining({
        id: raised.id,
        light: 'red',
        lightReason: { zh: '已超过办结时限2024-10-16,逾期4天', en: '4 day(s) past the deadline 2024-10-16' },
      }),
    ]);
    const all = (await leader.request('GET', `${projects}/warnings?asOf=2024-10-20`)).json();
    expect(all.marginPoints).toBe(10);
    expect(
      all.warnings.map(
        (w: { type: string; level: string; subject: string }) => `${w.level} ${w.type} ${w.subject}`,
      ),
    ).toEqual([
      // 宝武金属产业园: 500 of 1,000 = 50% at 75% 序时进度 → 25 points behind, beyond twice the margin.
      'red project_behind_pace C3-P02',
      'red problem_overdue C3-P02',
      'yellow project_start_overdue C3-P02',
    ]);
    expect(all.warnings[0].reason.zh).toBe(
      '宝武金属产业园:2024年1–9月累计完成投资500万元,完成年度计划的50%,低于序时进度25个百分点(预警线10个百分点)',
    );
    expect(all.warnings[2].reason.zh).toBe(
      '宝武金属产业园计划于2024-05-01开工,已过172天仍未开工(当前阶段:谋划)',
    );
    const lenient = (await leader.request('GET', `${projects}/warnings?asOf=2024-10-20&margin=30`)).json();
    expect(lenient.warnings.map((w: { type: string }) => w.type)).toEqual([
      'problem_overdue',
      'project_start_overdue',
    ]);
    expect((await otherReporter.request('GET', `${projects}/warnings`)).json().warnings).toEqual([]);
    expect((await leader.request('GET', `${projects}/warnings?margin=500`)).statusCode).toBe(400);
  });

  it('sums up the projects for the evaluation report against the columns’ stated totals', async () => {
    const res = await leader.request('GET', `${projects}/summary?asOf=2024-10-20`);
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json();
    expect(s.counts.total).toBe(195);
    expect(s.counts.byStage.find((x: { stage: string }) => x.stage === 'under_construction').count).toBe(1);
    // Σ plan 2,200; Σ 1–9月 1,316 → 59.82%, 序时进度 75%, 15.18 points behind.
    expect(s.investment).toMatchObject({
      unit: '万元',
      total: 80_000,
      plannedThisYear: 2200,
      completedThisYear: 1316,
      month: 9,
      completedToDate: 1316,
    });
    expect(s.investment.completion.completionPercent).toBeCloseTo((1316 / 2200) * 100, 9);
    expect(s.investment.completion.gapPoints).toBeCloseTo((1316 / 2200) * 100 - 75, 9);
    // 开工率: two projects planned to start in 2024, one started → 50%.
    expect(s.startRate).toMatchObject({ year: 2024, planned: 2, started: 1, ratePercent: 50 });
    expect(s.stuck).toEqual([
      expect.objectContaining({ code: 'C3-P02', name: '宝武金属产业园', level: 'red' }),
    ]);
    expect(s.stuck[0].reasons).toHaveLength(3);
    // 专栏3 约20亿元 = 200,000万元; its projects so far: 80,000万元 (40%), 1,316万元 completed.
    const c3 = s.columns.find((c: { column: string }) => c.column === 'C3');
    expect(c3).toMatchObject({
      number: 3,
      stated: { value: 20, unit: '亿元', text: '约20亿元' },
      statedWan: 200_000,
      projects: 21,
      projectsTotal: 80_000,
      withoutInvestment: 19,
      projectsShareOfStatedPercent: 40,
      completedToDate: 1316,
    });
    expect(s.columns.find((c: { column: string }) => c.column === 'C4').stated).toBeNull();
    expect(s.columns.find((c: { column: string }) => c.column === 'C1').statedWan).toBe(3_600_000);
    // The evaluation report may pass its own period as asOf, and takes the summary in its own shape.
    const byPeriod = (await leader.request('GET', `${projects}/summary?asOf=2024-Q3`)).json();
    expect(byPeriod.asOf).toBe('2024-09-30');
    const plan = await findPlan(t.adminCtx, planCode);
    const section = projectsReportSection(await projectsSummary(t.adminCtx, plan, '2024-10-20'), 'zh');
    expect(section.byStage.map((x) => x.stage)).toEqual(['谋划', '储备', '前期', '在建', '竣工', '投产']);
    expect(section.investment).toEqual({
      unit: '万元',
      total: 80_000,
      plannedThisYear: 2200,
      completedThisYear: 1316,
    });
    expect(section.highlights).toEqual([expect.objectContaining({ name: '宝武金属产业园', stage: '谋划' })]);
    expect(section.highlights[0]?.note.split(';')).toHaveLength(3);
  });

  it('exports the library to Excel with formulas defused', async () => {
    await edit('C3-P01', { owner: '=HYPERLINK("http://x")' });
    const res = await leader.request('GET', `${projects}/export.xlsx?asOf=2024-10-20`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(res.rawPayload).buffer);
    const ws = wb.getWorksheet('项目库');
    if (!ws) throw new Error('sheet missing');
    const header = (ws.getRow(3).values as unknown[]).slice(1);
    expect(header.slice(0, 3)).toEqual(['项目编号', '项目名称', '所属专栏']);
    expect(ws.rowCount).toBe(3 + 195);
    const row = ws.getRow(3 + 42);
    const cell = (name: string) => row.getCell(header.indexOf(name) + 1).value;
    expect(cell('项目编号')).toBe('C3-P01');
    expect(cell('业主单位')).toBe('\'=HYPERLINK("http://x")');
    expect(cell('完成年度计划(%)')).toBe(68);
    expect(cell('阶段')).toBe('在建');
    const own = await reporter.request('GET', `${projects}/export.xlsx`);
    const mine = new ExcelJS.Workbook();
    await mine.xlsx.load(new Uint8Array(own.rawPayload).buffer);
    expect(mine.getWorksheet('项目库')?.rowCount).toBe(3 + 2);
  });
});
