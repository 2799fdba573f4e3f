/**
 * A quarter of key-task reporting in the browser (issue 15): 科技创新和工业信息化局 reports on RW06-01
 * for 2025-Q4; its reviewer returns the report with a comment; the unit resubmits it as completed;
 * the reviewer approves; the task turns green and the dashboard counts it as 已完成. Then the plan
 * office issues a 督办单, the unit replies, the office closes it (销号) and the reply button is gone.
 * Screenshots in e2e/artifacts/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiSession, addUser, adminSession } from './support/api';
import { hasChromium, openBrowser, type Person, shoot } from './support/browser';
import { type Lantu, startLantu } from './support/server';
import { changeOneTimePassword, chinaDate, expectText, pickIn, signIn, typeDate } from './support/ui';

const task = '/tasks/RW06-01';

describe.skipIf(!hasChromium)('a quarter of key-task reporting in the browser', () => {
  let lantu: Lantu;
  let api: ApiSession;
  let office: Person;
  let reporter: Person;
  let reviewer: Person;
  const issued = new Map<string, string>();

  async function person(username: string, next: string): Promise<Person> {
    const p = await openBrowser(lantu.url);
    await signIn(p.page, username, issued.get(username) ?? '');
    await changeOneTimePassword(p.page, issued.get(username) ?? '', next);
    return p;
  }

  beforeAll(async () => {
    lantu = await startLantu({ demo: false });
    api = await adminSession(lantu.url, lantu.adminPassword, 'Admin-pass-2024');
    for (const [username, displayName, role] of [
      ['sti-reporter', '科工局填报员', 'reporter'],
      ['sti-reviewer', '科工局审核员', 'reviewer'],
    ] as const) {
      issued.set(username, await addUser(api, { username, displayName, role, unit: 'dept-sti' }));
    }
    await api.send('POST', '/api/plans/hebi-etdz-14th/rounds', {
      name: '2025年第四季度重点任务',
      period: '2025-Q4',
      opensOn: chinaDate(0),
      dueOn: chinaDate(20),
      itemTypes: ['task'],
    });
    office = await openBrowser(lantu.url);
    await signIn(office.page, 'admin', 'Admin-pass-2024');
    await office.page.waitForURL((url) => url.pathname === '/');
    reporter = await person('sti-reporter', 'Reporter-pass-2024');
    reviewer = await person('sti-reviewer', 'Reviewer-pass-2024');
  });
  afterAll(async () => {
    await Promise.all([office?.close(), reporter?.close(), reviewer?.close()]);
    await lantu?.close();
  });

  it('shows the 118 tasks on the dashboard, none completed', async () => {
    await expectText(office.page, '重点任务118项:已完成0项、序时推进0项、滞后0项、未启动118项');
    await office.page.goto('/tasks');
    await expectText(office.page, '按章统计');
    await shoot(office.page, '60-task-board');
  });

  it('report → return → resubmit → approve', async () => {
    const { page } = reporter;
    await page.getByRole('link', { name: '我的任务' }).click();
    await expectText(page, 'RW06-01');
    await page.goto(task);
    const form = page.locator('form#task-report');
    await form.getByLabel('完成情况').fill('完成镁合金挤压工艺研发立项');
    await form.getByLabel('完成进度').fill('60');
    await form.getByLabel('存在问题').fill('中试线用地未落实');
    await page.getByRole('button', { name: '提交审核' }).click();
    await expectText(page, '已提交审核');
    await shoot(page, '61-task-report-submitted');

    await reviewer.page.goto(task);
    await reviewer.page.locator('form#task-review').getByLabel('审核意见').fill('请补充立项批复');
    await reviewer.page.getByRole('button', { name: '退回' }).click();
    await expectText(reviewer.page, '已退回');

    await page.reload();
    await expectText(page, '请补充立项批复');
    await form.getByLabel('完成进度').fill('100');
    await pickIn(page, form, '状态', '已完成');
    await form.getByLabel('完成情况').fill('完成镁合金挤压工艺研发立项,附立项批复');
    await page.getByRole('button', { name: '提交审核' }).click();
    await expectText(page, '已提交审核');

    await reviewer.page.reload();
    await reviewer.page.getByRole('button', { name: '审核通过' }).click();
    await expectText(reviewer.page, '已审核通过');
  });

  it('turns the task green and the dashboard counts it as completed', async () => {
    const { page } = office;
    await page.goto(task);
    await expect.poll(() => page.getByTestId('task-state').textContent()).toContain('已完成');
    await expect.poll(() => page.getByTestId('task-state').textContent()).toContain('绿灯');
    await expectText(page, '请补充立项批复');
    await shoot(page, '62-task-approved');
    await page.goto('/');
    await expectText(page, '重点任务118项:已完成1项、序时推进0项、滞后0项、未启动117项');
  });

  it('督办 → reply → 销号, and no reply after 销号', async () => {
    const { page } = office;
    await page.goto(task);
    const issue = page.locator('form#supervision-issue');
    await issue.getByLabel('督办事项').fill('请报送立项批复原件');
    await typeDate(page, '回复期限', chinaDate(7));
    await issue.getByRole('button', { name: '下达督办单' }).click();
    await expectText(page, '已下达督办单');

    await reporter.page.goto(task);
    await reporter.page.getByRole('button', { name: '回复', exact: true }).click();
    await reporter.page.locator('form#supervision-reply').getByLabel('回复内容').fill('原件已报送综合办公室');
    await reporter.page.locator('form#supervision-reply').getByRole('button', { name: '回复' }).click();
    await expectText(reporter.page, '已办理');

    await page.reload();
    await expectText(page, '已回复');
    await page.getByRole('button', { name: '销号', exact: true }).click();
    await page.locator('form#supervision-close').getByLabel('办结情况').fill('已收到原件');
    await page.locator('form#supervision-close').getByRole('button', { name: '销号' }).click();
    await expectText(page, '已销号');
    await shoot(page, '63-task-supervision-closed');

    await reporter.page.reload();
    await expectText(reporter.page, '已销号');
    expect(await reporter.page.getByRole('button', { name: '回复', exact: true }).count()).toBe(0);
  });
});
