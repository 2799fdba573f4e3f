/**
 * Debian's Chromium through playwright-core, one fresh profile (--user-data-dir) per person, and
 * screenshots of every step in e2e/artifacts/ (gitignored) for people to look at.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const chromiumPath = process.env.LANTU_CHROMIUM ?? '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);
if (!hasChromium) {
  console.warn(
    `[lantu e2e] ${chromiumPath} 不存在,跳过浏览器测试 / not found: browser tests skipped (apt-get install chromium fonts-noto-cjk)`,
  );
}

export const artifacts = join(import.meta.dirname, '..', 'artifacts');

const flags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Person {
  page: Page;
  context: BrowserContext;
  close(): Promise<void>;
}

/** A browser of its own for one person, so sessions and the remembered language do not mix. */
export async function openBrowser(baseURL: string, viewport = { width: 1440, height: 900 }): Promise<Person> {
  const profile = mkdtempSync(join(tmpdir(), 'lantu-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: flags,
    viewport,
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => console.error(`[browser] ${error.message}`));
  return {
    page,
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Saves e2e/artifacts/<name>.png once the page has settled. */
export async function shoot(page: Page, name: string, fullPage = true): Promise<string> {
  mkdirSync(artifacts, { recursive: true });
  await page.waitForLoadState('networkidle');
  // ECharts animates for about a second; the picture should show the finished chart.
  await page.waitForTimeout(1500);
  // A full-page picture taken while scrolled would show the sticky header in the middle.
  if (fullPage) await page.evaluate('window.scrollTo(0, 0)');
  const path = join(artifacts, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}
