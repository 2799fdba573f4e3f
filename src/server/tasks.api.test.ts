/**
 * A quarter of key-task reporting through the HTTP API, on SQLite and PostgreSQL: the lead unit
 * reports, the reviewer returns, the unit resubmits, the reviewer approves; the light and the counts
 * change; refusals (percent above 100, below the last approved without a reason, another unit's
 * task, a stale revision) come back in both languages with the field; then 督办 → reply → extension
 * → 销号, and no reply after 销号.
 *
 * Dates are hand-counted: the Hebi tasks run 2021-01-01 → 2025-12-31, 1,825 days (five years of 365
 * days plus 29 February 2024, minus the last day). On 2024-07-01 1,277 days have passed (3 × 365 +
 * 182), so the time-elapsed pace is 1277/1825 = 69.97 %.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { taskBoardResponse, taskDetailResponse, taskListResponse } from '../contracts/task-api';
import { testDialects } from '../db/test-support/test-databases';
import { addUser } from '../services/auth/users';
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

const tasks = `/api/plans/${planCode}/tasks`;
const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;

/** LibreOffice opens the workbook and saves it again as xlsx, as an office re-saving the file would. */
function resaveWithLibreOffice(bytes: Buffer): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'lantu-resave-'));
  try {
    writeFileSync(join(dir, 'in.xlsx'), bytes);
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--convert-to',
        'xlsx:Calc MS Excel 2007 XML',
        '--outdir',
        join(dir, 'out'),
        join(dir, 'in.xlsx'),
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    return readFileSync(join(dir, 'out', 'in.xlsx'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
/** 第六章 第1节: led (proposed) by 科技创新和工业信息化局, 金山园区 helping. */
const code = 'RW06-01';
const report = (period: string) => `${tasks}/${code}/reports/${period}`;

describe.each(testDialects())('key tasks on $dialect', (dialect) => {
  let t: TestApp;
  let office: Session;
  let lead: Session;
  let reviewer: Session;
  let coUnit: Session;
  let stranger: Session;

  async function openRound(period: string, itemTypes: string[] = ['task']) {
    const res = await office.request('POST', `/api/plans/${planCode}/rounds`, {
      name: `${period} 重点任务`,
      period,
      opensOn: '2024-06-20',
      dueOn: '2024-07-10',
      itemTypes,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as number;
  }

  async function detail() {
    const res = await office.request('GET', `${tasks}/${code}?asOf=2024-07-01`);
    expect(res.statusCode, res.body).toBe(200);
    return taskDetailResponse.parse(res.json());
  }

  async function approveAs(period: string, body: Record<string, unknown>) {
    const saved = await lead.request('PUT', report(period), { ...body, submit: true });
    expect(saved.statusCode, saved.body).toBe(200);
    const approved = await reviewer.request('POST', `${report(period)}/approve`, {
      revision: saved.json().revision,
    });
    expect(approved.statusCode, approved.body).toBe(200);
  }

  beforeAll(async () => {
    t = await startTestApp(dialect, { includeDemo: false, clock: () => new Date('2024-07-01T02:00:00Z') });
    await signInAdmin(t);
    await seedPeople(t);
    for (const [username, role] of [
      ['sti-reporter', 'reporter'],
      ['sti-reviewer', 'reviewer'],
    ] as const) {
      await addUser(
        t.adminCtx,
        { username, displayName: username, role, unit: 'dept-sti', password },
        testScryptN,
      );
    }
    office = await signIn(t.app, 'office', password);
    lead = await signIn(t.app, 'sti-reporter', password);
    reviewer = await signIn(t.app, 'sti-reviewer', password);
    coUnit = await signIn(t.app, 'js-reporter', password);
    stranger = await signIn(t.app, 'cd-reporter', password);
  });
  afterAll(async () => t?.close());

  it('lists the plan’s 118 tasks, none reported yet', async () => {
    const res = await office.request('GET', `${tasks}?asOf=2024-07-01`);
    const list = taskListResponse.parse(res.json());
    expect(list.tasks).toHaveLength(118);
    expect(list.counts).toEqual({ completed: 0, on_track: 0, behind: 0, not_started: 118 });
    const task = list.tasks.find((x) => x.code === code);
    expect(task?.lead).toEqual({ code: 'dept-sti', name: '科技创新和工业信息化局' });
    expect(task?.co.map((c) => c.code)).toEqual(['park-jinshan']);
    expect(task?.pace).toBe(70); // 69.97 rounded to one decimal place is 70.0
  });

  it('refuses a report outside an open round covering tasks', async () => {
    const res = await lead.request('PUT', report('2024-Q2'), {
      revision: 0,
      done: '已完成',
      percent: 10,
      status: 'on_track',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('no_open_task_round');
  });

  it('runs report → return → resubmit → approve, and the light and counts follow', async () => {
    await openRound('2024-Q2');
    const over = await lead.request('PUT', report('2024-Q2'), {
      revision: 0,
      done: '推进镁合金铸锭',
      percent: 101,
      status: 'on_track',
    });
    expect(over.statusCode).toBe(400);
    // The problem body carries each language on its own (server/problem.ts splits "中文 / English").
    expect(JSON.stringify(over.json())).toContain('完成进度不能超过 100%');
    expect(JSON.stringify(over.json())).toContain('percent cannot exceed 100');
    expect(over.json().issues[0].field).toBe('percent');

    const foreign = await stranger.request('PUT', report('2024-Q2'), {
      revision: 0,
      done: 'x',
      percent: 10,
      status: 'on_track',
    });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().code).toBe('not_lead_unit');
    expect(foreign.json().title ?? foreign.json().detail).toBeDefined();
    const helper = await coUnit.request('PUT', report('2024-Q2'), {
      revision: 0,
      done: 'x',
      percent: 10,
      status: 'on_track',
    });
    expect(helper.statusCode).toBe(403);
    expect(JSON.stringify(helper.json())).toContain('配合单位请填写配合情况');

    const first = await lead.request('PUT', report('2024-Q2'), {
      revision: 0,
      done: '完成镁合金挤压工艺研发立项',
      percent: 65,
      status: 'on_track',
      problems: '中试线用地未落实',
      nextSteps: '协调金山园区提供用地',
      submit: true,
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ revision: 1, state: 'submitted', percent: 65 });
    const part = await coUnit.request('POST', `${tasks}/${code}/contributions/2024-Q2`, {
      text: '已提供中试线用地选址',
    });
    expect(part.statusCode, part.body).toBe(200);
    const notCo = await stranger.request('POST', `${tasks}/${code}/contributions/2024-Q2`, { text: 'x' });
    expect(notCo.json().code).toBe('not_co_unit');

    const returned = await reviewer.request('POST', `${report('2024-Q2')}/return`, {
      revision: 1,
      comment: '请补充佐证',
    });
    expect(returned.json()).toMatchObject({ revision: 2, state: 'returned' });
    const stale = await lead.request('PUT', report('2024-Q2'), {
      revision: 1,
      done: 'x',
      percent: 70,
      status: 'on_track',
    });
    expect(stale.statusCode).toBe(409);
    const again = await lead.request('PUT', report('2024-Q2'), {
      revision: 2,
      done: '完成镁合金挤压工艺研发立项,附立项批复',
      percent: 70,
      status: 'on_track',
      submit: true,
    });
    expect(again.json()).toMatchObject({ revision: 3, state: 'submitted' });
    const approved = await reviewer.request('POST', `${report('2024-Q2')}/approve`, {
      revision: 3,
      comment: null,
    });
    expect(approved.json()).toMatchObject({ revision: 4, state: 'approved', percent: 70 });

    const task = await detail();
    // 70 % against a pace of 69.97 %: on the pace, green.
    expect(task).toMatchObject({
      percent: 70,
      status: 'on_track',
      light: 'green',
      lastApprovedPeriod: '2024-Q2',
    });
    expect(task.reports.map((r) => `${r.revision}:${r.action}:${r.state}`)).toEqual([
      '1:submit:submitted',
      '2:return:returned',
      '3:submit:submitted',
      '4:approve:approved',
    ]);
    expect(task.reports[1]?.comment).toBe('请补充佐证');
    expect(task.reports.every((r) => r.by !== null && r.at.length > 0)).toBe(true);
    expect(task.contributions).toMatchObject([
      { period: '2024-Q2', unit: { code: 'park-jinshan' }, text: '已提供中试线用地选址' },
    ]);

    const list = taskListResponse.parse((await office.request('GET', `${tasks}?asOf=2024-07-01`)).json());
    expect(list.counts).toEqual({ completed: 0, on_track: 1, behind: 0, not_started: 117 });
    expect(list.sentence.zh).toBe('重点任务118项:已完成0项、序时推进1项、滞后0项、未启动117项');
    // The dashboard's block says the same (a year stands for today while it is running).
    const board = (await office.request('GET', `/api/plans/${planCode}/dashboard?asOf=2024`)).json();
    expect(board.tasks).toMatchObject({
      asOf: '2024-07-01',
      total: 118,
      counts: list.counts,
      sentence: list.sentence,
    });
  });

  it('refuses a lower percent without a reason; two 滞后 make red; the office’s judgement counts instead', async () => {
    await openRound('2024-07');
    const lower = await lead.request('PUT', report('2024-07'), {
      revision: 0,
      done: '中试线停工',
      percent: 50,
      status: 'behind',
    });
    expect(lower.statusCode).toBe(422);
    expect(lower.json().code).toBe('percent_below_approved');
    expect(lower.json().issues[0]).toMatchObject({ field: 'lowerReason' });
    expect(JSON.stringify(lower.json())).toContain('低于上次审核通过的 70%(2024-Q2)');
    await approveAs('2024-07', {
      revision: 0,
      done: '中试线停工',
      percent: 50,
      status: 'behind',
      lowerReason: '设备返厂,重新核定工作量',
    });
    // One 滞后 and 50 % < 69.97 %: yellow.
    expect((await detail()).light).toBe('yellow');

    await openRound('2024-Q3');
    await approveAs('2024-Q3', { revision: 0, done: '中试线仍未复工', percent: 55, status: 'behind' });
    const red = await detail();
    expect(red).toMatchObject({ light: 'red', status: 'behind', lightReason: { zh: '连续两次报告滞后' } });
    const board = taskBoardResponse.parse(
      (await office.request('GET', `${tasks}/board?asOf=2024-07-01`)).json(),
    );
    expect(board.byChapter.find((c) => c.key === 'CH6')).toMatchObject({
      total: 2,
      counts: { behind: 1, not_started: 1 },
    });
    expect(board.byUnit.find((u) => u.key === 'dept-sti')?.lights.red).toBe(1);

    // The annual report's task section prints the same counts as the API, chapter by chapter.
    const html = await office.request(
      'GET',
      `/api/plans/${planCode}/report?asOf=2024&kind=annual&format=html`,
    );
    expect(html.statusCode).toBe(200);
    const listed = taskListResponse.parse((await office.request('GET', `${tasks}?asOf=2024-07-01`)).json());
    expect(listed.counts).toEqual({ completed: 0, on_track: 0, behind: 1, not_started: 117 });
    expect(html.body).toContain('重点任务推进情况');
    expect(html.body).toContain(`截至2024-07-01,${listed.sentence.zh}`);
    expect(html.body).toContain(
      '第六章 唱响中国镁谷,高品质突破战略性新兴产业:已完成0项,滞后1项,主要是RW06-01(',
    );
    const judged = await office.request('POST', `${tasks}/${code}/judgements/2024-Q3`, {
      status: 'on_track',
      reason: '设备已到货,按期可完成',
    });
    expect(judged.statusCode, judged.body).toBe(200);
    const after = await detail();
    expect(after).toMatchObject({
      status: 'on_track',
      unitStatus: 'behind',
      officeStatus: 'on_track',
      light: 'yellow',
    });
    const forbidden = await lead.request('POST', `${tasks}/${code}/judgements/2024-Q3`, {
      status: 'completed',
      reason: 'x',
    });
    expect(forbidden.statusCode).toBe(403);
  });

  it('links evidence uploaded once to the task', async () => {
    await office.request('PUT', `/api/plans/${planCode}/assignments`, {
      itemType: 'indicator',
      itemCode: 'T13',
      lead: 'dept-sti',
      co: [],
    });
    const roundId = await openRound('2024-06', ['indicator', 'task']);
    const pending = (
      await office.request('GET', `/api/plans/${planCode}/reports?round=${roundId}`)
    ).json() as { id: number }[];
    const upload = await lead.upload(
      `/api/reports/${pending[0]?.id}/attachments`,
      '立项批复.pdf',
      Buffer.from('%PDF-1.4\n%%EOF\n'),
      'application/pdf',
    );
    expect(upload.statusCode, upload.body).toBe(201);
    const attachment = upload.json().id as number;
    const missing = await lead.request('PUT', report('2024-06'), {
      revision: 0,
      done: 'x',
      percent: 60,
      status: 'on_track',
      lowerReason: '口径调整',
      evidence: [999_999],
    });
    expect(missing.json().code).toBe('attachment_not_found');
    const saved = await lead.request('PUT', report('2024-06'), {
      revision: 0,
      done: '立项批复已下达',
      percent: 60,
      status: 'on_track',
      lowerReason: '口径调整',
      evidence: [attachment],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const withEvidence = await detail();
    expect(withEvidence.evidenceLinks).toEqual([{ attachment, itemType: 'task', itemCode: code }]);
    // The photo was uploaded once, with the indicator report of T13; the task shows where it came from.
    expect(withEvidence.evidence).toEqual([
      {
        attachment,
        fileName: '立项批复.pdf',
        uploadedFor: { itemType: 'indicator', itemCode: 'T13', period: '2024-06' },
      },
    ]);
  });

  it('runs 督办 → reply → extension → 销号 and refuses a reply after 销号', async () => {
    const past = await office.request('POST', `${tasks}/${code}/supervisions`, {
      text: '请说明滞后原因',
      replyDue: '2024-06-30',
    });
    expect(past.json().code).toBe('due_in_past');
    const issued = await office.request('POST', `${tasks}/${code}/supervisions`, {
      text: '请说明滞后原因',
      replyDue: '2024-07-03',
    });
    expect(issued.statusCode, issued.body).toBe(200);
    // Two days left of a 3-day warning window: yellow.
    expect(issued.json()).toMatchObject({ unit: { code: 'dept-sti' }, status: 'open', light: 'yellow' });
    const id = issued.json().id as number;
    expect(
      (await stranger.request('POST', `/api/task-supervisions/${id}/reply`, { version: 1, text: 'x' }))
        .statusCode,
    ).toBe(404);
    const replied = await lead.request('POST', `/api/task-supervisions/${id}/reply`, {
      version: 1,
      text: '设备返厂,8月复工',
    });
    expect(replied.json()).toMatchObject({ status: 'replied', version: 2 });
    const extended = await office.request('POST', `/api/task-supervisions/${id}/extend`, {
      version: 2,
      replyDue: '2024-07-20',
      reason: '等待设备到货',
    });
    expect(extended.json()).toMatchObject({ replyDue: '2024-07-20', light: 'green' });
    const closed = await office.request('POST', `/api/task-supervisions/${id}/close`, {
      version: 3,
      text: '已复工,销号',
    });
    expect(closed.json()).toMatchObject({ status: 'closed', closedOn: '2024-07-01' });
    expect(closed.json().events.map((e: { action: string; by: string }) => `${e.action}:${e.by}`)).toEqual([
      'issue:规划办',
      'reply:sti-reporter',
      'extend:规划办',
      'close:规划办',
    ]);
    const late = await lead.request('POST', `/api/task-supervisions/${id}/reply`, {
      version: 4,
      text: '补充说明',
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('supervision_closed');
    expect(JSON.stringify(late.json())).toContain('已于 2024-07-01 销号,不能再回复');
    const mine = taskListResponse.parse((await coUnit.request('GET', `${tasks}/mine`)).json());
    expect(
      mine.tasks.every((x) => x.lead.code === 'park-jinshan' || x.co.some((c) => c.code === 'park-jinshan')),
    ).toBe(true);
    expect(mine.tasks.some((x) => x.code === code)).toBe(true);
    expect((await stranger.request('GET', `${tasks}/${code}`)).statusCode).toBe(404);
  });

  // LibreOffice re-saving the workbook and four checks of 118 rows take over 30 s on a loaded CI machine.
  it('exports the 分工方案 and checks it back row by row', async () => {
    const exported = await office.request('GET', `${tasks}/division.xlsx`);
    expect(exported.statusCode).toBe(200);
    const bytes = exported.rawPayload;
    const check = async (file: Buffer) => {
      const res = await office.upload(`${tasks}/division/check`, '分工方案.xlsx', file);
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };
    expect((await check(bytes)).counts).toEqual({ unchanged: 118, changed: 0, new: 0, rejected: 0 });
    if (hasSoffice) expect((await check(resaveWithLibreOffice(bytes))).counts.unchanged).toBe(118);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    const rowOf = (code: string) => {
      let found = 0;
      ws.eachRow((row, n) => {
        if (row.getCell(6).value === code) found = n;
      });
      return found;
    };
    ws.getCell(rowOf(code), 3).value = '财政局';
    ws.getCell(rowOf('RW06-02'), 3).value = '';
    ws.getCell(rowOf('RW05-01'), 5).value = '2020年12月31日';
    ws.getCell(rowOf('RW05-02'), 4).value = '城北园区、不存在的局';
    const result = await check(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(result.counts).toEqual({ unchanged: 114, changed: 1, new: 0, rejected: 3 });
    const rows = result.rows as { code: string; issues: { item: string; message: { zh: string } }[] }[];
    const byCode = new Map(rows.map((r) => [r.code, r]));
    expect(byCode.get(code)).toMatchObject({ status: 'changed', changes: [{ zh: '牵头单位改为财政局' }] });
    expect(byCode.get('RW06-02')).toMatchObject({
      status: 'rejected',
      issues: [{ field: 'C列 牵头单位', code: 'task_no_lead', message: { zh: '没有牵头单位,不能发布' } }],
    });
    expect(byCode.get('RW05-01')?.issues[0]).toMatchObject({
      field: 'E列 完成时限',
      code: 'deadline_before_plan',
    });
    expect(byCode.get('RW05-02')?.issues[0]?.message.zh).toBe('配合单位“不存在的局”不是已知单位');
    expect(byCode.get('RW05-02')?.issues[0]?.item).toBe(`第${rowOf('RW05-02')}行 / row ${rowOf('RW05-02')}`);
    // The check stores nothing: the library still has its lead unit.
    expect((await detail()).lead.code).toBe('dept-sti');
    expect((await lead.upload(`${tasks}/division/check`, 'x.xlsx', bytes)).statusCode).toBe(403);

    // Applying the same file: the one changed row takes a new revision, the three rejected ones do not.
    const changedFile = Buffer.from(await wb.xlsx.writeBuffer());
    const noReason = await office.upload(`${tasks}/division/apply`, '分工方案.xlsx', changedFile);
    expect(noReason.statusCode).toBe(400);
    expect(JSON.stringify(noReason.json())).toContain('reason');
    const reason = encodeURIComponent('鹤经开办〔2024〕12号 调整分工');
    const applied = await office.upload(
      `${tasks}/division/apply?reason=${reason}`,
      '分工方案.xlsx',
      changedFile,
    );
    expect(applied.statusCode, applied.body).toBe(200);
    expect(applied.json().applied).toEqual([code]);
    expect(applied.json().check.counts).toEqual({ unchanged: 114, changed: 1, new: 0, rejected: 3 });
    const changed = await detail();
    expect(changed.lead.name).toBe('财政局');
    expect(changed.responsibility).toMatchObject([
      { revision: 1, lead: { name: '财政局' }, reason: '鹤经开办〔2024〕12号 调整分工' },
    ]);
    // The same file again: nothing left to change, and nothing applied twice.
    const again = await office.upload(
      `${tasks}/division/apply?reason=${reason}`,
      '分工方案.xlsx',
      changedFile,
    );
    expect(again.json()).toMatchObject({ applied: [], check: { counts: { changed: 0, unchanged: 115 } } });
    // The package's own entry is kept: the original export, checked now, shows the change back.
    expect((await check(bytes)).counts).toMatchObject({ changed: 1, unchanged: 117 });
    expect(
      (await lead.upload(`${tasks}/division/apply?reason=${reason}`, 'x.xlsx', changedFile)).statusCode,
    ).toBe(403);
  }, 180_000);
});
