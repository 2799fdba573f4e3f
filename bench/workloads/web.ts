/**
 * `web`: the initial JavaScript a first visit downloads (gzip bytes of the entry and its preloads),
 * and the time from navigation to a rendered dashboard in headless Chromium, against a static page of
 * the same server. LANTU_BENCH_WEB_RUNS sets the number of timed loads (default 5; the median counts).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { defineRoute } from '../../src/server/http/route';
import { webDistDir } from '../../src/server/web-app';
import type { Figure } from '../measure';
import { startBenchServer } from '../server-fixture';

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

function initialJavaScript(): number {
  const html = readFileSync(join(webDistDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
  return files.reduce((sum, f) => sum + gzipSync(readFileSync(join(webDistDir, f))).length, 0);
}

export async function webWorkload(runs = Number(process.env.LANTU_BENCH_WEB_RUNS ?? 5)): Promise<Figure[]> {
  if (!existsSync(join(webDistDir, 'index.html')))
    throw new Error('web/dist is missing: run npm run build first');
  const server = await startBenchServer({
    extraRoutes: [
      defineRoute({
        method: 'GET',
        url: '/bench/static',
        access: 'public',
        summary: 'benchmark baseline page',
        tags: ['bench'],
        response: { 200: { files: ['text/html'] } },
        handler: async ({ reply }) =>
          reply
            .type('text/html; charset=utf-8')
            .send(
              '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>static</title><h1>总览</h1></html>',
            ),
      }),
    ],
  });
  const profile = mkdtempSync(join(tmpdir(), 'lantu-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: flags,
    viewport: { width: 1440, height: 900 },
  });
  try {
    const [name, value] = server.cookie.split('=');
    await context.addCookies([{ name: name ?? 'lantu_session', value: value ?? '', url: server.base }]);
    const page = context.pages()[0] ?? (await context.newPage());
    const time = async (url: string, ready: () => Promise<unknown>) => {
      const samples: number[] = [];
      for (let i = 0; i < runs + 1; i += 1) {
        const t0 = performance.now();
        await page.goto(url);
        await ready();
        if (i > 0) samples.push(performance.now() - t0);
      }
      samples.sort((a, b) => a - b);
      return samples[Math.floor(samples.length / 2)] ?? 0;
    };
    // Rendered means what a leader reads on arrival: the headline cards, the category chart drawn
    // (its canvas) and the project panels filled (no card still loading).
    const dashboard = await time(`${server.base}/`, async () => {
      await page.getByText('约束性指标滞后').first().waitFor({ timeout: 30_000 });
      await page.locator('[role="img"] canvas').first().waitFor({ timeout: 30_000 });
      await page.locator('.ant-card-loading').first().waitFor({ state: 'detached', timeout: 30_000 });
    });
    const baseline = await time(`${server.base}/bench/static`, () =>
      page.getByText('总览').first().waitFor(),
    );
    return [
      {
        workload: 'web',
        name: 'initial JavaScript (gzip)',
        value: initialJavaScript() / 1024,
        unit: 'KB',
        baseline: null,
        baselineName: null,
        ratio: null,
        aim: null,
      },
      {
        workload: 'web',
        name: 'navigation → rendered dashboard, median',
        value: dashboard,
        unit: 'ms',
        baseline,
        baselineName: 'static page',
        ratio: dashboard / Math.max(baseline, 1e-9),
        aim: null,
      },
    ];
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    await server.close();
  }
}
