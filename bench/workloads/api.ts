/**
 * `api`: autocannon (64 connections, 10 s, a separate process) on the indicator-with-status list and
 * the dashboard summary of one plan, against a route of the same server returning a constant body of
 * the same size. Requests/s and p99 latency for each.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { defineRoute } from '../../src/server/http/route';
import type { Figure } from '../measure';
import { startBenchServer } from '../server-fixture';

interface CannonResult {
  requests: { average: number };
  latency: { p99: number; average: number };
  non2xx: number;
  errors: number;
}

const cannon = createRequire(import.meta.url).resolve('autocannon/autocannon.js');

/** autocannon in its own process (asynchronously: the server under test shares this event loop). */
async function hammer(url: string, cookie: string, seconds: number): Promise<CannonResult> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [cannon, '-c', '64', '-d', String(seconds), '-j', '-H', `cookie=${cookie}`, url],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as CannonResult;
}

export async function apiWorkload(seconds = 10): Promise<Figure[]> {
  const constant = { body: '' };
  const server = await startBenchServer({
    extraRoutes: [
      defineRoute({
        method: 'GET',
        url: '/bench/constant',
        access: 'plan.read',
        summary: 'benchmark baseline',
        tags: ['bench'],
        response: { 200: { files: ['application/json'] } },
        handler: async ({ reply }) => reply.type('application/json; charset=utf-8').send(constant.body),
      }),
    ],
  });
  const figures: Figure[] = [];
  try {
    for (const [name, path] of [
      ['indicator list', '/api/plans/hebi-etdz-14th/indicators?asOf=2023'],
      ['dashboard summary', '/api/plans/hebi-etdz-14th/dashboard?asOf=2023'],
    ] as const) {
      const sample = await fetch(`${server.base}${path}`, { headers: { cookie: server.cookie } });
      constant.body = await sample.text();
      const route = await hammer(`${server.base}${path}`, server.cookie, seconds);
      const base = await hammer(`${server.base}/bench/constant`, server.cookie, seconds);
      const bad = route.non2xx + route.errors;
      figures.push(
        {
          workload: 'api',
          name: `${name} (${Math.round(constant.body.length / 1024)} KB) req/s`,
          value: route.requests.average,
          unit: 'req/s',
          baseline: base.requests.average,
          baselineName: 'constant body',
          ratio: route.requests.average / base.requests.average,
          aim: '≥ 0.5',
        },
        {
          workload: 'api',
          name: `${name} p99${bad ? ` (${bad} failed)` : ''}`,
          value: route.latency.p99,
          unit: 'ms',
          baseline: base.latency.p99,
          baselineName: 'constant body',
          ratio: route.latency.p99 / Math.max(base.latency.p99, 1e-9),
          aim: 'p99 ≤ 20 ms',
        },
      );
    }
  } finally {
    await server.close();
  }
  return figures;
}
