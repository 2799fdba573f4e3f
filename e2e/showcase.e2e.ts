/**
 * Every main page with the demo data (示例数据), in Chinese and English, on a laptop, a tablet and the
 * meeting-room display — screenshots in e2e/artifacts/ for people to look at. With
 * LANTU_UPDATE_SCREENSHOT=1 the dashboard also becomes the README's picture (docs/images/dashboard.png).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, openBrowser, type Person, shoot } from './support/browser';
import { type Lantu, startLantu } from './support/server';
import { changeOneTimePassword, expectText, signIn } from './support/ui';

const laptop = { width: 1440, height: 900 };

describe.skipIf(!hasChromium)('the pages with demo data', () => {
  let lantu: Lantu;
  let admin: Person;

  beforeAll(async () => {
    lantu = await startLantu({ demo: true });
    admin = await openBrowser(lantu.url, laptop);
    await signIn(admin.page, 'admin', lantu.adminPassword);
    await changeOneTimePassword(admin.page, lantu.adminPassword, 'Admin-pass-2024');
  });
  afterAll(async () => {
    await admin?.close();
    await lantu?.close();
  });

  it('shows the dashboard with the demo-data banner', async () => {
    const { page } = admin;
    await page.goto('/?asOf=2023');
    await expectText(page, '当前数字含模拟的示例数据');
    const picture = await shoot(page, '20-dashboard-zh', false);
    if (process.env.LANTU_UPDATE_SCREENSHOT === '1') {
      const images = join(import.meta.dirname, '..', 'docs', 'images');
      mkdirSync(images, { recursive: true });
      copyFileSync(picture, join(images, 'dashboard.png'));
    }
    await shoot(page, '20-dashboard-zh-full');
  });

  it('can be used with the keyboard: a skip link first, visible focus', async () => {
    const { page } = admin;
    await page.goto('/?asOf=2023');
    await expectText(page, '分领域指标状态');
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').textContent()).toBe('跳到主要内容');
    await shoot(page, '39-skip-link', false);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.locator('#main :focus').count()).toBe(1);
  });

  it('shows the plan outline, the indicator list and one indicator', async () => {
    const { page } = admin;
    await page.goto('/outline?asOf=2023');
    await expectText(page, '一核引领、三擎驱动、七维共进');
    await shoot(page, '21-outline-summary-zh');
    await page.getByText('第十四章 绿色环保低碳').click();
    await expectText(page, '本章指标');
    await shoot(page, '22-outline-chapter-zh');
    await page.goto('/indicators?asOf=2023');
    await expectText(page, '显示 73 / 73 项');
    await shoot(page, '23-indicators-zh');
    await page.goto('/indicators?asOf=2023&attribute=binding');
    await expectText(page, /显示 \d+ \/ 73 项/);
    await shoot(page, '24-indicators-binding-zh', false);
    await page.goto('/indicators/T01?asOf=2023');
    await expectText(page, '地区生产总值');
    await shoot(page, '25-indicator-T01-zh');
  });

  it('shows the administration pages', async () => {
    const { page } = admin;
    await page.goto('/admin/targets?indicator=T01');
    await expectText(page, '设定年度目标');
    await shoot(page, '26-annual-targets-zh');
    await page.goto('/admin/units');
    await expectText(page, '金山园区');
    await shoot(page, '27-units-zh');
    await page.goto('/admin/audit');
    await expectText(page, 'plan.import');
    await shoot(page, '28-audit-zh');
  });

  it('fits a tablet', async () => {
    const { page } = admin;
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto('/?asOf=2023');
    await expectText(page, '分领域指标状态');
    await shoot(page, '29-dashboard-tablet');
    await page.goto('/indicators/T25?asOf=2023');
    await expectText(page, '城市绿地率');
    await shoot(page, '30-indicator-tablet');
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.goto('/indicators?asOf=2023');
    await shoot(page, '31-indicators-portrait-tablet', false);
    await page.setViewportSize(laptop);
  });

  it('reads in English', async () => {
    const { page } = admin;
    await page.goto('/?asOf=2023');
    await page.getByText('English', { exact: true }).click();
    await expectText(page, 'Demo data');
    await shoot(page, '32-dashboard-en', false);
    await page.goto('/indicators?asOf=2023');
    await expectText(page, 'Showing 73 of 73');
    await shoot(page, '33-indicators-en');
    await page.goto('/indicators/T01?asOf=2023');
    await expectText(page, 'Gross regional product');
    await shoot(page, '34-indicator-T01-en');
    await page.goto('/outline?asOf=2023&node=CH14');
    await expectText(page, 'Indicators of this chapter');
    await shoot(page, '35-outline-en');
  });

  it('shows the big screen at 1920×1080 and on a smaller display', async () => {
    const { page } = admin;
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('/screen?asOf=2023');
    await expectText(page, 'Plan monitoring');
    await shoot(page, '36-big-screen-en', false);
    await page.getByText('Leave big screen (Esc)').click();
    await page.getByText('中文', { exact: true }).click();
    await page.goto('/screen?asOf=2023');
    await expectText(page, '规划实施监测大屏');
    await shoot(page, '37-big-screen-zh', false);
    await page.setViewportSize({ width: 1366, height: 768 });
    await shoot(page, '38-big-screen-1366', false);
    expect(await page.getByRole('navigation').count()).toBe(0);
  });

  it('shows the demo projects on the big screen in both languages: every stage, money, names whole', async () => {
    const { page } = admin;
    for (const [lang, label] of [
      ['zh', '规划实施监测大屏'],
      ['en', 'Plan monitoring'],
    ] as const) {
      await page.evaluate(`localStorage.setItem('lantu.lang', '${lang}')`);
      for (const size of [
        { width: 1920, height: 1080 },
        { width: 1366, height: 768 },
      ]) {
        await page.setViewportSize(size);
        await page.goto('/screen?asOf=2025');
        await expectText(page, label);
        const panel = page.locator('.screen-projects');
        await panel.waitFor();
        // The demo puts projects in every stage (docs/projects.md §0), with money.
        const counts = await panel.locator('.stage-count').allTextContents();
        expect(counts).toHaveLength(6);
        for (const c of counts) expect(Number(c)).toBeGreaterThan(0);
        // No stage name is cut: each tag shows all of its text.
        const cut = await panel
          .locator('.stage-strip .ant-tag')
          .evaluateAll((tags) => tags.filter((t) => t.scrollWidth > t.clientWidth).map((t) => t.textContent));
        expect(cut).toEqual([]);
        const text = (await panel.textContent()) ?? '';
        if (lang === 'en') expect(text).not.toMatch(/[亿万]元|家/);
        await shoot(page, `40-big-screen-projects-${lang}-${size.width}`, false);
      }
    }
  });
});
