/**
 * 新建规划 in the browser (issue 14): the office uploads a plan's Word file, sees the document with
 * the extracted items marked next to the draft, adds an indicator from selected text, saves the
 * review and publishes the plan as version 1; the drafts list then shows it published.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planDocx } from '../src/io/plan-document/test-support/plan-files';
import { adminSession } from './support/api';
import { hasChromium, openBrowser, type Person, shoot } from './support/browser';
import { type Lantu, startLantu } from './support/server';
import { expectText, signIn } from './support/ui';

describe.skipIf(!hasChromium)('drafting a plan from its Word file', () => {
  let lantu: Lantu;
  let office: Person;

  beforeAll(async () => {
    lantu = await startLantu({ demo: false });
    await adminSession(lantu.url, lantu.adminPassword, 'Admin-pass-2024');
    office = await openBrowser(lantu.url);
    await signIn(office.page, 'admin', 'Admin-pass-2024');
    await office.page.waitForURL((url) => url.pathname === '/');
  });
  afterAll(async () => {
    await office?.close();
    await lantu?.close();
  });

  it('uploads, reviews, adds from selection and publishes', async () => {
    const { page } = office;
    const file = join(mkdtempSync(join(tmpdir(), 'lantu-e2e-plan-')), '示范市纲要.docx');
    writeFileSync(file, await planDocx());
    await page.goto('/plan-drafts');
    await expectText(page, '新建规划');
    await page.getByLabel('规划编号').fill('demo-city-14th');
    await page.locator('input[type=file]').setInputFiles(file);
    await page.waitForURL(/\/plan-drafts\/\d+$/);
    await expectText(page, '草稿通过规划包校验,可以发布。');
    // the document on the left, its table rows and targets marked
    const doc = page.getByTestId('draft-document');
    await expect.poll(() => doc.locator('mark.draft-mark-indicator').count()).toBeGreaterThanOrEqual(5);
    await expect.poll(() => doc.locator('mark.draft-mark-outline').count()).toBe(3);
    await shoot(page, '70-plan-draft-review', false);

    // select "森林覆盖率达到25.8%" in the document and add it as an indicator
    await doc.locator('button', { hasText: '森林覆盖率达到25.8%' }).selectText();
    await page.getByRole('button', { name: '选中原文添加为指标' }).click();
    await expectText(page, /已添加指标 Z0\d/);
    await page.getByRole('button', { name: '保存审核结果' }).click();
    await expectText(page, '已保存(修订 2)');
    await page.getByRole('button', { name: '发布为规划第 1 版' }).click();
    await expectText(page, /已发布为规划 demo-city-14th/);
    await shoot(page, '71-plan-draft-published', false);
    await page.goto('/plan-drafts');
    await expectText(page, '已发布');
  });
});
