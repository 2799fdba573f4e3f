/**
 * Evaluation reports and files in the browser (issues 4 and the reports page): the office writes
 * 存在问题 and 下一步建议 and generates the mid-term report as Word (the file is a docx: it starts with
 * PK); imports historic data from a CSV and reads the row-by-row result; exports the indicator table;
 * enters a value directly; publishes the plan, and the public portal shows it without signing in.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession } from './support/api';
import { artifacts, hasChromium, openBrowser, type Person, shoot } from './support/browser';
import { type Lantu, startLantu } from './support/server';
import { expectText, signIn } from './support/ui';

describe.skipIf(!hasChromium)('reports, imports, exports and the public portal', () => {
  let lantu: Lantu;
  let office: Person;

  beforeAll(async () => {
    lantu = await startLantu({ demo: true });
    await adminSession(lantu.url, lantu.adminPassword, 'Admin-pass-2024');
    office = await openBrowser(lantu.url);
    await signIn(office.page, 'admin', 'Admin-pass-2024');
    await office.page.waitForURL((url) => url.pathname === '/');
  });
  afterAll(async () => {
    await office?.close();
    await lantu?.close();
  });

  it('writes the narrative and generates the mid-term report as Word', async () => {
    const { page } = office;
    await page.goto('/reports?asOf=2023&kind=midterm');
    await expectText(page, '2023年中期评估报告:存在问题与下一步建议');
    await page
      .getByLabel('存在的主要问题')
      .fill('- 规模以上工业增加值增速低于预期\n- 部分重大项目前期手续滞后');
    await page.getByLabel('下一步工作建议').fill('- 加快项目前期工作\n- 强化要素保障');
    await page.getByRole('button', { name: '保存为新修订' }).click();
    await expectText(page, '已保存为修订 #1');
    const downloading = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: '下载 Word(.docx)' }).click();
    // While the server generates, the buttons say so and take no second click.
    await expect.poll(() => page.getByRole('button', { name: '下载 PDF' }).isDisabled()).toBe(true);
    // Taken at once: `shoot` waits for the network to settle, which is when generating ends.
    await page.screenshot({ path: join(artifacts, '51-report-generating.png') });
    const download = await downloading;
    const bytes = await readFile(await download.path());
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    await expectText(page, /已下载/);
    await shoot(page, '52-reports-zh');
    await page.locator('.header-tools').getByText('English', { exact: true }).click();
    await expectText(page, 'Main problems');
    await shoot(page, '52-reports-en');
    await page.locator('.header-tools').getByText('中文', { exact: true }).click();
  });

  it('imports historic data from a CSV and lists the rejected row with its column and reason', async () => {
    const { page } = office;
    await page.goto('/admin/import');
    await page.getByLabel('数据来源').fill('鹤壁市统计年鉴');
    const csv = '\uFEFF指标编号,年份,数值\nT25,2021,33.2\nT25,明年,33.9\n';
    await page.locator('input[type=file]').setInputFiles({
      name: '历史数据.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    await expectText(page, '已导入 1 条数据');
    await expectText(page, /明年/);
    await shoot(page, '53-import-result');
  });

  it('exports the indicator table and enters a value directly on the indicator page', async () => {
    const { page } = office;
    await page.goto('/indicators?asOf=2023');
    await page.getByRole('button', { name: '导出' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByText('Excel(.xlsx)').click(),
    ]);
    expect((await readFile(await download.path())).subarray(0, 2).toString()).toBe('PK');
    await page.goto('/indicators/T25?asOf=2023');
    await expectText(page, '直接录入数值');
    await page.getByLabel('期间', { exact: true }).fill('2023');
    await page.getByLabel('数值(%)').fill('34.3');
    await page.getByLabel('录入理由').fill('区统计局年报');
    await page.getByRole('button', { name: '录入台账' }).click();
    await expectText(page, '已录入台账');
    await expectText(page, '区统计局年报');
    await shoot(page, '54-indicator-value-entry');
  });

  it('publishes the plan; the public portal shows it to someone not signed in', async () => {
    const { page } = office;
    await page.goto('/admin/publish');
    await page.getByRole('switch').click();
    await expectText(page, /已公开/);
    await shoot(page, '55-publish', false);
    const visitor = await openBrowser(lantu.url);
    try {
      await visitor.page.goto('/public');
      await expectText(visitor.page, '主要指标完成情况');
      await expectText(visitor.page, '数据表下载目前仅向登录用户提供');
      // Names and the chart appear once the server serves the indicator list to visitors; the
      // judgement is there either way.
      await visitor.page
        .getByRole('button', { name: /地区生产总值|T01/ })
        .first()
        .click();
      await visitor.page.locator('#public-indicator').waitFor();
      expect(visitor.page.url()).toContain('/public');
      await shoot(visitor.page, '56-public-zh');
      await visitor.page.getByText('English', { exact: true }).click();
      await expectText(visitor.page, 'Main indicators');
      await shoot(visitor.page, '56-public-en');
    } finally {
      await visitor.close();
    }
  });
});
