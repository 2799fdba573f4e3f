/**
 * WCAG 2.1 AA checks with axe-core (Deque's rule engine) in the page under test. The engine is sent
 * through the DevTools protocol, so Lantu's CSP (no inline scripts) stays as it is in production.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const engine = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Every WCAG 2.1 A/AA violation on the page as it is now, each with the elements that fail. */
export async function axeViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(engine);
  const json = await page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(wcag21aa)} } })
       .then((r) => JSON.stringify(r.violations.map((v) => ({
         id: v.id, impact: v.impact, help: v.help,
         nodes: v.nodes.map((n) => n.target.join(' ') + ' — ' + n.failureSummary.split('\\n').slice(0, 2).join(' ')),
       }))))`,
  );
  return JSON.parse(String(json)) as Violation[];
}
