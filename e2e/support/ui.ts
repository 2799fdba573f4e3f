/**
 * What a person does with the app's controls, in Chinese: sign in, change the one-time password,
 * pick from an antd select, type a date.
 */

import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

export async function changeOneTimePassword(page: Page, oneTime: string, next: string): Promise<void> {
  await page.waitForURL('**/password');
  await page.getByLabel('当前密码').fill(oneTime);
  await page.getByLabel('新密码', { exact: true }).fill(next);
  await page.getByLabel('确认新密码').fill(next);
  await page.getByRole('button', { name: '保存新密码' }).click();
  await page.waitForURL((url) => url.pathname === '/');
}

/** Opens the select labelled `label`, optionally types to search, and clicks the option. */
export async function pick(page: Page, label: string, option: string, search?: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  if (search) await page.getByLabel(label, { exact: true }).fill(search);
  await page
    .locator('.ant-select-item-option')
    .filter({ hasText: option })
    .filter({ visible: true })
    .first()
    .click();
}

/**
 * `pick` within part of the page (a dialog, a card) where the same label appears elsewhere too; the
 * option is taken from this select's own list, not from one still closing after an earlier pick.
 */
export async function pickIn(
  page: Page,
  scope: Locator,
  label: string,
  option: string,
  search?: string,
): Promise<void> {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  if (search) await input.fill(search);
  const id = await input.getAttribute('id');
  await page
    .locator(`.ant-select-dropdown:has([id="${id}_list"]) .ant-select-item-option`)
    .filter({ hasText: option })
    .first()
    .click();
}

export async function typeDate(page: Page, label: string, date: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

export async function expectText(page: Page, text: string | RegExp): Promise<void> {
  const target = page.getByText(text).first();
  await target.waitFor({ state: 'visible' });
  // React may replace the element right after it appeared (a refetch re-renders the card).
  await expect.poll(() => target.isVisible()).toBe(true);
}

/** A date in China's calendar, `days` from today, as YYYY-MM-DD. */
export function chinaDate(days = 0): string {
  const at = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(at);
}
