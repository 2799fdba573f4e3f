/**
 * Report generation cannot stall the server (the attack: twelve concurrent PDF requests by one reporter
 * took 21 s and pushed the health check to 11 s). Against a server listening on 127.0.0.1: of twelve
 * concurrent PDF requests by one reporter at most the per-person limit (2) are admitted and the rest are
 * told to wait (429, Retry-After, both languages); rendering runs in worker threads while /api/health
 * answers; the same report again is served from the cache, byte for byte, without rendering; a change
 * of the narrative makes a new one. Health latency is printed as a [reliability] line, never asserted.
 */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../db/test-support/test-databases';
import {
  password,
  planCode,
  type Session,
  seedPeople,
  signIn,
  signInAdmin,
  startTestApp,
  type TestApp,
} from './test-support/test-app';

interface Got {
  status: number;
  retryAfter: string | null;
  bytes: Buffer;
}

describe.each(testDialects())('report generation under load on $dialect', (dialect) => {
  let t: TestApp;
  let base = '';
  let reporter: Session;
  let office: Session;

  beforeAll(async () => {
    t = await startTestApp(dialect, { includeDemo: true });
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    await signInAdmin(t);
    await seedPeople(t);
    reporter = await signIn(t.app, 'js-reporter', password);
    office = await signIn(t.app, 'office', password);
  });
  afterAll(async () => t?.close());

  async function get(session: Session, url: string): Promise<Got> {
    const res = await fetch(`${base}${url}`, { headers: { cookie: session.cookie } });
    return {
      status: res.status,
      retryAfter: res.headers.get('retry-after'),
      bytes: Buffer.from(await res.arrayBuffer()),
    };
  }

  it('admits two of twelve concurrent PDF requests by one reporter, renders them in workers, and keeps health answering', {
    timeout: 300_000,
  }, async () => {
    const rendering = t.app.reportRendering;
    const before = rendering.pool.done;
    // Twelve different reports (lang × kind × dataset), so that none is a cache hit of another.
    const urls = ['zh', 'en'].flatMap((lang) =>
      ['annual', 'midterm', 'final'].flatMap((kind) =>
        ['all', 'demo'].map(
          (dataset) =>
            `/api/plans/${planCode}/report?asOf=2023&format=pdf&lang=${lang}&kind=${kind}&dataset=${dataset}`,
        ),
      ),
    );
    expect(urls).toHaveLength(12);
    let finished = false;
    const requests = Promise.all(urls.map((url) => get(reporter, url))).finally(() => {
      finished = true;
    });
    const latencies: number[] = [];
    let peak = 0;
    while (!finished) {
      peak = Math.max(peak, rendering.slots.inUse);
      const started = performance.now();
      const res = await fetch(`${base}/api/health`);
      expect(res.status).toBe(200);
      latencies.push(performance.now() - started);
      await new Promise((r) => setTimeout(r, 20));
    }
    const answers = await requests;
    const ok = answers.filter((a) => a.status === 200);
    const busy = answers.filter((a) => a.status === 429);
    expect(ok.length + busy.length).toBe(12);
    expect(ok.length).toBeGreaterThanOrEqual(1);
    expect(ok.length).toBeLessThanOrEqual(2);
    expect(peak, JSON.stringify(answers.map((a) => [a.status, a.bytes.length]))).toBeLessThanOrEqual(2);
    for (const a of ok) expect(a.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    for (const a of busy) {
      expect(a.retryAfter).toBe('15');
      const problem = JSON.parse(a.bytes.toString('utf8')) as {
        code: string;
        messages: { zh: string; en: string };
      };
      expect(problem.code).toBe('busy_for_user');
      expect(problem.messages.zh).toContain('报告生成');
      expect(problem.messages.en).toContain('report generation');
    }
    expect(rendering.pool.done - before).toBe(ok.length);
    const sorted = [...latencies].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]?.toFixed(1);
    console.info(
      `[reliability] ${dialect.dialect}: 12 concurrent PDF requests by one reporter: ${ok.length} rendered, ${busy.length} × 429; ` +
        `/api/health ${latencies.length} answers, p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${sorted.at(-1)?.toFixed(1)} ms`,
    );
  });

  it('serves the same report again from the cache, byte for byte, and renders anew when the narrative changes', {
    timeout: 300_000,
  }, async () => {
    const rendering = t.app.reportRendering;
    const url = `/api/plans/${planCode}/report?asOf=2023&format=pdf&kind=midterm&dataset=published`;
    const first = await get(office, url);
    expect(first.status).toBe(200);
    const afterFirst = rendering.pool.done;
    const second = await get(office, url);
    expect(second.status).toBe(200);
    expect(second.bytes.equals(first.bytes)).toBe(true);
    expect(rendering.pool.done).toBe(afterFirst);

    const saved = await office.request('PUT', `/api/plans/${planCode}/report/narrative`, {
      asOf: '2023',
      kind: 'midterm',
      problems: '一是主导产业增加值增速不及预期。',
      nextSteps: '加快在建项目投产。',
      expectedRevision: 0,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const third = await get(office, url);
    expect(third.status).toBe(200);
    expect(third.bytes.equals(first.bytes)).toBe(false);
    expect(rendering.pool.done).toBe(afterFirst + 1);
  });
});
