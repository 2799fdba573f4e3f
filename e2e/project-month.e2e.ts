/**
 * A month of project reporting in the browser (issue 6, 项目为王): the plan office makes 金山园区
 * responsible for C1-P01, moves it to 在建 (refused without a reason, as the server says), sets the
 * 2024 plan of 1,200万元 and opens the September round; the park's reporter downloads the template,
 * fills it with ExcelJS and uploads it (one row accepted, one rejected), then submits 1–9月累计 816万元
 * with its 形象进度 and a photo; the reviewer approves; the project page shows 68% against the 75%
 * time-elapsed pace. Screenshots in e2e/artifacts/, Chinese and English.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiSession, addUser, adminSession } from './support/api';
import { hasChromium, openBrowser, type Person, shoot } from './support/browser';
import { type Lantu, startLantu } from './support/server';
import { fillTemplate } from './support/template';
import { changeOneTimePassword, chinaDate, expectText, pickIn, signIn, typeDate } from './support/ui';

const project = '鹤壁雅丰电器高端线束二期';
// A 1×1 PNG: the server checks the bytes of evidence, not its name.
const photo = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

describe.skipIf(!hasChromium)('a month of project reporting in the browser', () => {
  let lantu: Lantu;
  let api: ApiSession;
  let office: Person;
  const issued = new Map<string, string>();

  beforeAll(async () => {
    lantu = await startLantu({ demo: false });
    api = await adminSession(lantu.url, lantu.adminPassword, 'Admin-pass-2024');
    for (const [username, displayName, role] of [
      ['js-reporter', '金山填报员', 'reporter'],
      ['js-reviewer', '金山审核员', 'reviewer'],
    ] as const) {
      issued.set(username, await addUser(api, { username, displayName, role, unit: 'park-jinshan' }));
    }
    // T25 joins the round so the template has a second row to get wrong.
    await api.send('PUT', '/api/plans/hebi-etdz-14th/assignments', {
      itemType: 'indicator',
      itemCode: 'T25',
      lead: 'park-jinshan',
      co: [],
    });
    office = await openBrowser(lantu.url);
    await signIn(office.page, 'admin', 'Admin-pass-2024');
    await office.page.waitForURL((url) => url.pathname === '/');
  });
  afterAll(async () => {
    await office?.close();
    await lantu?.close();
  });

  it('the plan office makes 金山园区 responsible, moves the stage with a reason and sets the annual plan', async () => {
    const { page } = office;
    await page.goto('/projects/C1-P01?asOf=2024-10-15');
    await expectText(page, project);
    await page.getByRole('button', { name: '编辑' }).click();
    const dialog = page.getByRole('dialog');
    await pickIn(page, dialog, '责任单位', '金山园区', '金山');
    await pickIn(page, dialog, '所属园区', '金山园区');
    await dialog.getByLabel('总投资(万元)').fill('50000');
    await dialog.getByLabel('修改理由').fill('项目入库信息');
    await dialog.getByRole('button', { name: '确定' }).click();
    await expectText(page, '已保存为新版本');

    await page.getByRole('button', { name: '调整阶段' }).click();
    await pickIn(page, page.getByRole('dialog'), '调整为', '在建');
    await expect
      .poll(() => page.getByTestId('stage-move-kind').textContent())
      .toContain('跨阶段调整,须写明理由');
    await typeDate(page, '发生日期', '2024-03-10');
    await page.getByRole('button', { name: '确认调整' }).click();
    // The server refuses a skip without a reason and says so at the field.
    await expect
      .poll(() => page.locator('.ant-form-item-explain-error').allTextContents())
      .toContain('从“谋划”跨阶段调整到“在建”须写明原因');
    await shoot(page, '40-stage-move-refused', false);
    await page.getByLabel('理由(必填)').fill('入库时已开工建设');
    await page.getByRole('button', { name: '确认调整' }).click();
    await expectText(page, '已调整为“在建”');

    const plan = page
      .locator('.ant-card')
      .filter({ has: page.locator('.ant-card-head', { hasText: /^年度计划投资$/ }) });
    await plan.getByLabel('计划投资(万元)').fill('1200');
    await plan.getByLabel('修改理由').fill('2024年度投资计划');
    await plan.getByRole('button', { name: '保存' }).click();
    await expectText(page, '2024年计划投资已保存');
    await shoot(page, '41-project-set-up');
  });

  it('opens the September round for the project and T25 only', async () => {
    const { page } = office;
    await page.goto('/rounds');
    await page.getByRole('button', { name: '开启填报轮次' }).click();
    await page.getByLabel('轮次名称').fill('2024年9月项目月报');
    await page.getByLabel('填报期间').fill('2024-09');
    await typeDate(page, '开始日期', chinaDate(0));
    await typeDate(page, '截止日期', chinaDate(20));
    await page.getByRole('checkbox', { name: '项目' }).check();
    const dialog = page.getByRole('dialog');
    await pickIn(page, dialog, '限定事项(可选)', 'C1-P01', 'C1-P01');
    await pickIn(page, dialog, '限定事项(可选)', 'T25', 'T25');
    await page.keyboard.press('Escape');
    await shoot(page, '42-open-project-round', false);
    await page.getByRole('button', { name: '开启', exact: true }).click();
    await expectText(page, '各单位完成情况:2024年9月项目月报');
    await expectText(page, '已通过 0 / 2');
  });

  it('the plan office uploads the template 金山园区 e-mailed in, for that unit (代为上传)', async () => {
    const { page } = office;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '该单位模板' }).click(),
    ]);
    const filled = await fillTemplate(await readFile(await download.path()), { T25: { value: 34.1 } });
    await page.getByRole('button', { name: '代为上传' }).click();
    const dialog = page.getByRole('dialog');
    await expectText(page, '代金山园区上传填好的模板');
    await dialog.locator('.template-upload input[type=file]').setInputFiles({
      name: '金山园区-邮件报送.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: filled,
    });
    await expectText(page, '已将 1 项保存为金山园区的草稿');
    // The office has no inbox: the result names the items by code.
    expect(await dialog.locator('.upload-result td', { hasText: 'T25' }).count()).toBe(1);
    await shoot(page, '42b-proxy-upload');
    await page.keyboard.press('Escape');
    // The draft is the unit's: the progress table now counts one draft for 金山园区.
    await expectText(page, '草稿 1');
  });

  it('the park reporter fills the Excel template, uploads it and submits 1–9月累计 with 形象进度 and a photo', async () => {
    const reporter = await openBrowser(lantu.url);
    try {
      const { page } = reporter;
      await signIn(page, 'js-reporter', issued.get('js-reporter') ?? '');
      await changeOneTimePassword(page, issued.get('js-reporter') ?? '', 'Reporter-pass-2024');
      await page.getByRole('link', { name: '填报' }).click();
      await expectText(page, '用 Excel 填报');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: /下载模板/ }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
      const template = await readFile(await download.path());
      const filled = await fillTemplate(template, {
        'C1-P01': { value: 816, narrative: '主体结构封顶,正在进行设备安装' },
        T25: { value: '三十四' },
      });
      await page.locator('.template-upload input[type=file]').setInputFiles({
        name: '填报模板-金山园区.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: filled,
      });
      await expectText(page, '接受 1 行 · 未变化 0 行 · 拒绝 1 行');
      await expectText(page, '已将 1 项保存为草稿');
      expect(await page.locator('[data-outcome=rejected]').count()).toBe(1);
      await expectText(page, /本期数值/);
      await shoot(page, '43-template-result');
      await page.getByText('English', { exact: true }).click();
      await expectText(page, '1 accepted · 0 unchanged · 1 rejected');
      await shoot(page, '43-template-result-en');
      await page.getByText('中文', { exact: true }).click();

      await page.locator('.item-button', { hasText: project }).click();
      const value = page.getByLabel('1–9月累计完成投资(万元)');
      await expect.poll(() => value.inputValue()).toBe('816');
      await expectText(page, '2024年计划投资');
      await page.locator('.evidence input[type=file]').setInputFiles({
        name: '现场照片-9月.png',
        mimeType: 'image/png',
        buffer: photo,
      });
      await expectText(page, '已上传 现场照片-9月.png');
      await page.getByRole('button', { name: '提交审核' }).click();
      await expectText(page, '已提交,等待审核');
      await shoot(page, '44-project-report-submitted');
      await page.getByText('English', { exact: true }).click();
      await expectText(page, 'Progress on site');
      await shoot(page, '44-project-report-submitted-en');
    } finally {
      await reporter.close();
    }
  });

  it('the park reviewer approves the project report', async () => {
    const reviewer = await openBrowser(lantu.url);
    try {
      const { page } = reviewer;
      await signIn(page, 'js-reviewer', issued.get('js-reviewer') ?? '');
      await changeOneTimePassword(page, issued.get('js-reviewer') ?? '', 'Reviewer-pass-2024');
      await page.getByRole('link', { name: '审核' }).click();
      await expectText(page, project);
      await expectText(page, '816万元');
      await expectText(page, '现场照片-9月.png');
      await shoot(page, '45-project-review');
      await page.getByRole('button', { name: '审核通过' }).click();
      await expectText(page, '没有待审核的填报');
    } finally {
      await reviewer.close();
    }
  });

  it('the project page shows completion against 序时进度, in Chinese and English', async () => {
    const { page } = office;
    await page.goto('/projects/C1-P01?asOf=2024-10-15');
    await expect
      .poll(() => page.getByTestId('project-completion').textContent())
      .toContain('2024年1–9月累计完成投资816万元,完成年度计划的68%,低于序时进度7个百分点');
    await expectText(page, '主体结构封顶,正在进行设备安装');
    await shoot(page, '46-project-zh');
    await page.getByText('English', { exact: true }).click();
    await expectText(page, 'Investment in 2024');
    await expect
      .poll(() => page.getByTestId('project-completion').textContent())
      .toContain('7 percentage points behind');
    await shoot(page, '46-project-en');
    await page.getByText('中文', { exact: true }).click();
  });

  it('the library, the board, the pipeline and the dashboard show the project', async () => {
    const { page } = office;
    await page.goto('/projects?asOf=2024-10-15');
    await expectText(page, '共 195 个项目');
    expect(await page.locator('[data-pace=behind]').first().textContent()).toContain('68%');
    await shoot(page, '47-projects-list-zh', false);
    await page.goto('/projects?asOf=2024-10-15&view=board');
    await expectText(page, '按阶段看板');
    await shoot(page, '48-projects-board-zh', false);
    await page.goto('/projects?asOf=2024-10-15&view=pipeline');
    await expectText(page, '专栏项目总投资与规划表述对照');
    await expectText(page, '约360亿元');
    await shoot(page, '49-projects-pipeline-zh');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出项目台账(Excel)' }).click(),
    ]);
    expect((await readFile(await download.path())).subarray(0, 2).toString()).toBe('PK');
    await page.goto('/?asOf=2024');
    await expect
      .poll(() => page.getByTestId('projects-completion').textContent())
      .toContain('完成年度计划的68%');
    await shoot(page, '50-dashboard-projects-zh');
    await page.getByText('English', { exact: true }).click();
    await page.goto('/projects?asOf=2024-10-15&view=pipeline');
    await expectText(page, 'Column totals against what the plan states');
    await shoot(page, '49-projects-pipeline-en');
    await page.goto('/projects?asOf=2024-10-15');
    await shoot(page, '47-projects-list-en', false);
    await page.getByText('中文', { exact: true }).click();
  });
});
