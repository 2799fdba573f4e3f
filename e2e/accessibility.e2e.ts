/**
 * Accessibility of the key pages — sign-in, dashboard, indicator page, reporting form, review queue —
 * checked with axe-core against WCAG 2.1 A and AA, in Chinese (the app's first language), and the
 * reporting form used with the keyboard only: Tab to the value, type it, submit with Enter.
 * Screenshots in e2e/artifacts/a11y-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, adminSession } from './support/api';
import { axeViolations } from './support/axe';
import { hasChromium, openBrowser, type Person, shoot } from './support/browser';
import { type Lantu, startLantu } from './support/server';
import { changeOneTimePassword, expectText, signIn } from './support/ui';

describe.skipIf(!hasChromium)('accessibility (axe-core, WCAG 2.1 AA)', () => {
  let lantu: Lantu;
  let office: Person;
  const issued = new Map<string, string>();

  beforeAll(async () => {
    lantu = await startLantu({ demo: true });
    const api = await adminSession(lantu.url, lantu.adminPassword, 'Admin-pass-2024');
    for (const [username, role] of [
      ['a11y-reporter', 'reporter'],
      ['a11y-reviewer', 'reviewer'],
    ] as const) {
      issued.set(
        username,
        await addUser(api, { username, displayName: username, role, unit: 'park-jinshan' }),
      );
    }
    await api.send('PUT', '/api/plans/hebi-etdz-14th/assignments', {
      itemType: 'indicator',
      itemCode: 'T25',
      lead: 'park-jinshan',
      co: [],
    });
    const today = new Date().toISOString().slice(0, 10);
    await api.send('POST', '/api/plans/hebi-etdz-14th/rounds', {
      name: '2023年度无障碍检查',
      period: '2023',
      opensOn: today,
      dueOn: today,
      itemTypes: ['indicator'],
    });
    office = await openBrowser(lantu.url);
  });
  afterAll(async () => {
    await office?.close();
    await lantu?.close();
  });

  it('finds nothing on the sign-in page, the dashboard and an indicator page', async () => {
    const { page } = office;
    await page.goto('/login');
    await expectText(page, '登录');
    await shoot(page, 'a11y-login', false);
    expect(await axeViolations(page)).toEqual([]);
    await signIn(page, 'admin', 'Admin-pass-2024');
    await page.goto('/?asOf=2025');
    await expectText(page, '约束性指标滞后');
    await page.locator('[role="img"] canvas').first().waitFor();
    await shoot(page, 'a11y-dashboard', false);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto('/indicators/T01?asOf=2023');
    await expectText(page, '地区生产总值');
    await shoot(page, 'a11y-indicator', false);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('lets a reporter fill and submit the reporting form with the keyboard only, and the form passes', async () => {
    const reporter = await openBrowser(lantu.url);
    try {
      const { page } = reporter;
      await signIn(page, 'a11y-reporter', issued.get('a11y-reporter') ?? '');
      await changeOneTimePassword(page, issued.get('a11y-reporter') ?? '', 'Reporter-pass-2024');
      await page.goto('/inbox');
      await expectText(page, '城市绿地率');
      await shoot(page, 'a11y-report-form', false);
      expect(await axeViolations(page)).toEqual([]);
      // Keyboard only from here: Tab until the value field has the focus, type, Enter submits.
      const focusedIs = async (id: string | null) =>
        (await page.evaluate('document.activeElement?.id')) === id;
      const value = page.getByLabel('数值(%)');
      const valueId = await value.getAttribute('id');
      for (let i = 0; i < 60 && !(await focusedIs(valueId)); i += 1) await page.keyboard.press('Tab');
      expect(await focusedIs(valueId)).toBe(true);
      await page.keyboard.type('34.1');
      await shoot(page, 'a11y-report-form-keyboard', false);
      const submitFocused = async () =>
        (await page.evaluate('document.activeElement?.textContent')) === '提交审核';
      for (let i = 0; i < 30 && !(await submitFocused()); i += 1) await page.keyboard.press('Tab');
      expect(await submitFocused()).toBe(true);
      await page.keyboard.press('Enter');
      await expectText(page, '已提交,等待审核');
      await shoot(page, 'a11y-report-form-submitted', false);
    } finally {
      await reporter.close();
    }
  });

  it('finds nothing on the review queue', async () => {
    const reviewer = await openBrowser(lantu.url);
    try {
      const { page } = reviewer;
      await signIn(page, 'a11y-reviewer', issued.get('a11y-reviewer') ?? '');
      await changeOneTimePassword(page, issued.get('a11y-reviewer') ?? '', 'Reviewer-pass-2024');
      await page.goto('/review');
      await expectText(page, '城市绿地率');
      await shoot(page, 'a11y-review', false);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await reviewer.close();
    }
  });
});
