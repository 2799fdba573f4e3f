/**
 * A reporting round in the browser, like people do it (docs: README "浏览器测试"):
 * the administrator signs in and changes the one-time password, creates a reporter and a reviewer
 * for 金山园区, makes 金山园区 lead on T25 城市绿地率 and opens the 2023 round; the reporter enters
 * 34.1 and submits; the reviewer approves; T25 changes from 暂无数据 to a judged status; the pages
 * switch to English; the big screen opens. Every step leaves a screenshot in e2e/artifacts/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, openBrowser, type Person, shoot } from './support/browser';
import { type Lantu, startLantu } from './support/server';
import { changeOneTimePassword, chinaDate, expectText, pick, signIn, typeDate } from './support/ui';

describe.skipIf(!hasChromium)('reporting workflow in the browser', () => {
  let lantu: Lantu;
  let admin: Person;
  const issued = new Map<string, string>();

  beforeAll(async () => {
    lantu = await startLantu({ demo: false });
    admin = await openBrowser(lantu.url);
  });
  afterAll(async () => {
    await admin?.close();
    await lantu?.close();
  });

  it('the administrator signs in and must change the one-time password first', async () => {
    const { page } = admin;
    await page.goto('/');
    await page.waitForURL('**/login?next=*');
    await shoot(page, '01-login');
    await signIn(page, 'admin', lantu.adminPassword);
    await page.waitForURL('**/password');
    await expectText(page, '您正在使用一次性初始密码');
    await shoot(page, '02-change-password');
    await changeOneTimePassword(page, lantu.adminPassword, 'Admin-pass-2024');
    await expectText(page, '总览 · 驾驶舱');
    await shoot(page, '03-dashboard-admin');
  });

  it('creates a reporter and a reviewer for 金山园区', async () => {
    const { page } = admin;
    await page.goto('/admin/users');
    for (const [username, name, role] of [
      ['js-reporter', '金山填报员', '填报员'],
      ['js-reviewer', '金山审核员', '审核员'],
    ] as const) {
      await page.getByRole('button', { name: '新增用户' }).click();
      await page.getByLabel('用户名').fill(username);
      await page.getByLabel('姓名').fill(name);
      await pick(page, '角色', role);
      await pick(page, '所属单位', '金山园区', '金山');
      if (username === 'js-reporter') await shoot(page, '04-add-user', false);
      await page.getByRole('button', { name: '确定' }).click();
      const password = page.getByTestId('one-time-password');
      await password.waitFor();
      issued.set(username, (await password.textContent())?.trim() ?? '');
      if (username === 'js-reporter') await shoot(page, '05-one-time-password', false);
      await page.getByRole('button', { name: '我已记下' }).click();
    }
    expect(issued.get('js-reporter')).toMatch(/^\S{10,}$/);
    await expectText(page, '金山审核员');
    await shoot(page, '06-users');
  });

  it('makes 金山园区 lead on T25 and sees T25 without data before the round', async () => {
    const { page } = admin;
    await page.goto('/indicators/T25?asOf=2023');
    await expectText(page, '城市绿地率');
    await expect
      .poll(() => page.locator('[data-status]').first().getAttribute('data-status'))
      .toBe('no_data');
    await shoot(page, '07-indicator-before');
    await page.goto('/admin/assignments');
    await page.getByPlaceholder('搜索编号或名称').fill('T25');
    await page.getByRole('button', { name: '设置 T25 的责任单位' }).click();
    await pick(page, '牵头单位', '金山园区', '金山');
    await page.getByRole('button', { name: '确定' }).click();
    await expect.poll(() => page.getByRole('row', { name: /T25/ }).textContent()).toContain('金山园区');
    await shoot(page, '08-assignment');
  });

  it('opens the 2023 round and watches completion by unit', async () => {
    const { page } = admin;
    await page.getByRole('link', { name: '轮次管理' }).click();
    await page.getByRole('button', { name: '开启填报轮次' }).click();
    await page.getByLabel('轮次名称').fill('2023年年度填报');
    await page.getByLabel('填报期间').fill('2023');
    await typeDate(page, '开始日期', chinaDate(0));
    await typeDate(page, '截止日期', chinaDate(30));
    await shoot(page, '09-open-round', false);
    await page.getByRole('button', { name: '开启', exact: true }).click();
    await expectText(page, '各单位完成情况:2023年年度填报');
    await expectText(page, '已通过 0 / 1');
    await shoot(page, '10-round-progress');
  });

  it('the reporter enters 34.1, is told when the input is not a number, and submits', async () => {
    const reporter = await openBrowser(lantu.url);
    try {
      const { page } = reporter;
      await signIn(page, 'js-reporter', issued.get('js-reporter') ?? '');
      await changeOneTimePassword(page, issued.get('js-reporter') ?? '', 'Reporter-pass-2024');
      await page.getByRole('link', { name: '填报' }).click();
      await expectText(page, '城市绿地率');
      await expectText(page, '34.04%');
      const value = page.getByLabel('数值(%)');
      await value.fill('abc');
      await expectText(page, '请输入数字');
      await shoot(page, '11-inbox-invalid');
      await value.fill('34.1');
      await page.locator('.evidence input[type=file]').setInputFiles({
        name: '2023年绿地率统计.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
      });
      await expectText(page, '已上传 2023年绿地率统计.pdf');
      await page.getByRole('button', { name: '提交审核' }).click();
      await expectText(page, '已提交,等待审核');
      await shoot(page, '12-inbox-submitted');
      await page.getByText('English', { exact: true }).click();
      await expectText(page, 'Last approved value');
      await shoot(page, '12-inbox-submitted-en');
    } finally {
      await reporter.close();
    }
  });

  it('the reviewer approves the report', async () => {
    const reviewer = await openBrowser(lantu.url);
    try {
      const { page } = reviewer;
      await signIn(page, 'js-reviewer', issued.get('js-reviewer') ?? '');
      await changeOneTimePassword(page, issued.get('js-reviewer') ?? '', 'Reviewer-pass-2024');
      await page.getByRole('link', { name: '审核' }).click();
      await expectText(page, '城市绿地率');
      await expectText(page, '34.1%');
      await expectText(page, '2023年绿地率统计.pdf');
      await shoot(page, '13-review');
      await page.getByText('English', { exact: true }).click();
      await expectText(page, 'Reported value');
      await shoot(page, '13-review-en');
      await page.getByText('中文', { exact: true }).click();
      await page.getByRole('button', { name: '审核通过' }).click();
      await expectText(page, '没有待审核的填报');
      await shoot(page, '14-review-done');
    } finally {
      await reviewer.close();
    }
  });

  it('the indicator page and the dashboard show the new status', async () => {
    const { page } = admin;
    await page.goto('/indicators/T25?asOf=2023');
    await expect
      .poll(() => page.locator('[data-status]').first().getAttribute('data-status'))
      .not.toBe('no_data');
    expect(await page.getByTestId('status-explanation').textContent()).toContain('34.1');
    await expectText(page, '填报');
    await shoot(page, '15-indicator-after');
    await page.goto('/?asOf=2023');
    await expectText(page, '分领域指标状态');
    await shoot(page, '16-dashboard-after');
  });

  it('switches to English and back, remembering the choice', async () => {
    const { page } = admin;
    await page.getByText('English', { exact: true }).click();
    await expectText(page, 'Overview · Dashboard');
    expect(await page.getByRole('link', { name: 'Indicators' }).isVisible()).toBe(true);
    await shoot(page, '17-dashboard-en');
    await page.goto('/indicators/T25?asOf=2023');
    await expectText(page, 'Urban green space ratio');
    await expectText(page, 'Trend judgement');
    await shoot(page, '18-indicator-en');
    await page.reload();
    await expectText(page, 'Trend judgement');
  });

  it('opens the big screen', async () => {
    const { page } = admin;
    await page.goto('/?asOf=2023');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.getByRole('button', { name: 'Big screen' }).click();
    await page.waitForURL('**/screen?asOf=2023');
    await expectText(page, 'Plan monitoring');
    await shoot(page, '19-big-screen-en', false);
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => url.pathname === '/');
  });
});
