/**
 * Spreadsheet uploads cannot take the server down (the attack: two 19-sheet, 200,000-rows-a-sheet
 * templates at once exhausted the heap). Against a listening server on 127.0.0.1: a template is read
 * only as far as a template can reach (rows = the reports of the largest open round, plus header and
 * margin), the 19-sheet file is refused by the zip gate before a row is parsed, a second upload of the
 * same person is told to wait (429) and a third upload on a full server too (503), both with
 * Retry-After, and /api/health keeps answering while large uploads run. The latency of health during
 * the uploads is printed as a [reliability] line (docs/reliability.md), never asserted.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../db/test-support/test-databases';
import { hostileWorkbook, sheetXml } from './test-support/hostile-workbooks';
import {
  multipartBody,
  password,
  planCode,
  type Session,
  seedPeople,
  signIn,
  signInAdmin,
  startTestApp,
  type TestApp,
} from './test-support/test-app';

const MiB = 1024 * 1024;
const templateHeader = [
  '填报编号',
  '填报单位',
  '事项编号',
  '事项名称',
  '计量单位',
  '期间',
  '上期审定值',
  '年度目标',
  '口径',
  '本期数值',
];

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  json: { code?: string; messages?: { zh: string; en: string } } & Record<string, unknown>;
}

describe.each(testDialects())('spreadsheet upload limits on $dialect', (dialect) => {
  let t: TestApp;
  let base = '';
  let office: Session;
  let reporter: Session;
  let otherReporter: Session;
  let capacity = 0;

  beforeAll(async () => {
    t = await startTestApp(dialect, { includeDemo: false, maxUploadBytes: 30 * MiB });
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    await signInAdmin(t);
    await seedPeople(t);
    office = await signIn(t.app, 'office', password);
    reporter = await signIn(t.app, 'js-reporter', password);
    otherReporter = await signIn(t.app, 'cd-reporter', password);
    for (const [code, lead] of [
      ['T25', 'park-jinshan'],
      ['T26', 'park-chengdong'],
      ['T27', 'park-jinshan'],
    ] as const) {
      await office.request('PUT', `/api/plans/${planCode}/assignments`, {
        itemType: 'indicator',
        itemCode: code,
        lead,
        co: [],
      });
    }
    const round = await office.request('POST', `/api/plans/${planCode}/rounds`, {
      name: '2023年年度填报',
      period: '2023',
      opensOn: '2024-03-01',
      dueOn: '2024-03-31',
      itemTypes: ['indicator'],
    });
    const progress = (await office.request('GET', `/api/rounds/${round.json().id}/progress`)).json() as {
      total: number;
    }[];
    capacity = progress.reduce((sum, p) => sum + p.total, 0);
  });
  afterAll(async () => t?.close());

  /** A multipart upload over a real socket; `hold` keeps the body open until it resolves. */
  function upload(
    session: Session,
    url: string,
    name: string,
    bytes: Buffer,
    hold?: Promise<void>,
  ): Promise<Answer> {
    const { payload, contentType } = multipartBody(name, bytes);
    return new Promise((resolve, reject) => {
      const req = http.request(`${base}${url}`, {
        method: 'POST',
        headers: {
          cookie: session.cookie,
          'x-csrf-token': session.csrf,
          'content-type': contentType,
          'content-length': payload.length,
        },
      });
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, json: text ? JSON.parse(text) : {} });
        });
      });
      req.on('error', reject);
      if (!hold) {
        req.end(payload);
        return;
      }
      req.write(payload.subarray(0, 100));
      void hold.then(() => req.end(payload.subarray(100)));
    });
  }

  /** Health latencies, polled every 20 ms over a socket until `until` settles; each answer must be 200. */
  async function pollHealth(until: () => Promise<unknown>): Promise<number[]> {
    let finished = false;
    void until().finally(() => {
      finished = true;
    });
    const latencies: number[] = [];
    while (!finished) {
      const started = performance.now();
      const res = await fetch(`${base}/api/health`);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ status: 'ok' });
      latencies.push(performance.now() - started);
      await new Promise((r) => setTimeout(r, 20));
    }
    return latencies;
  }

  function summary(latencies: readonly number[]): string {
    const sorted = [...latencies].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]?.toFixed(1);
    return `${sorted.length} answers, p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${sorted.at(-1)?.toFixed(1)} ms`;
  }

  async function slotsInUse(n: number): Promise<void> {
    while (t.app.workSlots.spreadsheet.inUse < n) await new Promise((r) => setTimeout(r, 5));
  }

  it('refuses a template with more rows than the largest open round has reports, naming sheet and row', async () => {
    // A template holds the round's reports under three header rows, with a margin of 50 (report-template-limits).
    const maxRows = capacity + 3 + 50;
    const xml = sheetXml(templateHeader, maxRows + 100, (i) => [
      i + 1,
      '金山园区',
      'T25',
      '城市绿地率',
      '%',
      '2023',
      0,
      0,
      '当期值',
      1,
    ]);
    const file = hostileWorkbook([{ name: '填报表', xml }]);
    const res = await upload(reporter, '/api/templates/upload', '填报.xlsx', file);
    expect(res.status).toBe(413);
    expect(res.json.code).toBe('template_too_many_rows');
    // The reader counts stored rows; the first row beyond the limit is row maxRows + 1.
    expect(res.json.messages?.zh).toContain(`工作表「填报表」第 ${maxRows + 1} 行`);
    expect(res.json.messages?.en).toContain(`sheet "填报表", row ${maxRows + 1}`);
  });

  it('refuses a row that reaches beyond the template’s columns, naming sheet and row', async () => {
    const wide = Array.from({ length: 40 }, (_, i) => `列${i + 1}`);
    const file = hostileWorkbook([{ name: '填报表', xml: sheetXml(wide, 1, () => wide) }]);
    const res = await upload(reporter, '/api/templates/upload', '填报.xlsx', file);
    expect(res.status, JSON.stringify(res.json)).toBe(413);
    expect(res.json.code).toBe('template_too_many_columns');
    expect(res.json.messages?.zh).toContain('工作表「填报表」第 1 行用到第 40 列');
  });

  it('refuses the 19-sheet workbook of the attack at the zip gate', async () => {
    // 19 sheets of 20,000 rows (about 1 MB of XML each): far beyond what a template of this round unpacks to.
    const xml = sheetXml(['a', 'b', 'c'], 20_000, (i) => [i, `行${i}`, i * 1.5]);
    const file = hostileWorkbook(Array.from({ length: 19 }, (_, i) => ({ name: `Sheet${i + 1}`, xml })));
    const res = await upload(reporter, '/api/templates/upload', '填报.xlsx', file);
    expect(res.status).toBe(413);
    expect(res.json.code).toBe('zip_too_large_unpacked');
    expect(res.json.messages?.zh).toContain('超过上限');
  });

  it('lets one person run one upload and the server two; the rest wait with 429 or 503 and Retry-After', async () => {
    const template = (await reporter.request('GET', '/api/rounds/1/template')).rawPayload;
    let open = (): void => undefined;
    const held = new Promise<void>((resolve) => {
      open = resolve;
    });
    const first = upload(reporter, '/api/templates/upload', '填报.xlsx', template, held);
    await slotsInUse(1);
    const again = await upload(reporter, '/api/templates/upload', '填报.xlsx', template);
    expect(again.status).toBe(429);
    expect(again.json.code).toBe('busy_for_user');
    expect(again.headers['retry-after']).toBe('10');
    expect(again.json.messages?.zh).toContain('请等它完成后');
    expect(again.json.messages?.en).toContain('at most 1 per person');

    const second = upload(otherReporter, '/api/templates/upload', '填报.xlsx', template, held);
    await slotsInUse(2);
    const third = await upload(
      office,
      `/api/plans/${planCode}/observations/import`,
      'history.csv',
      Buffer.from('指标编号,年份,数值\n'),
    );
    expect(third.status).toBe(503);
    expect(third.json.code).toBe('server_busy');
    expect(third.headers['retry-after']).toBe('10');
    expect(third.json.messages?.zh).toContain('服务器正在处理 2 个电子表格上传');

    open();
    const done = await Promise.all([first, second]);
    expect(done.map((d) => d.status)).toEqual([200, 200]);
    expect(t.app.workSlots.spreadsheet.inUse).toBe(0);
  });

  it('answers /api/health while large uploads run', { timeout: 300_000 }, async () => {
    // 100,000 observation rows (the size docs/spreadsheets.md admits), values blank: every row is read
    // and checked, nothing is stored. Two such uploads and two attack templates are sent at once.
    const rows = 100_000;
    const observations = hostileWorkbook([
      {
        name: '数据',
        xml: sheetXml(['指标编号', '年份', '数值'], rows, (i) => ['T21', String(1900 + (i % 100)), '']),
      },
    ]);
    const attack = hostileWorkbook(
      Array.from({ length: 4 }, (_, i) => ({
        name: i === 0 ? '填报表' : `Sheet${i}`,
        xml: sheetXml(templateHeader, 200, (r) => [
          r,
          '金山园区',
          'T25',
          '城市绿地率',
          '%',
          '2023',
          0,
          0,
          '当期值',
          1,
        ]),
      })),
    );
    const admin = await signIn(t.app, 'admin', 'admin password 2024');
    // The same polling for five seconds with nothing else running: what this machine gives at rest.
    const idle = await pollHealth(() => new Promise((r) => setTimeout(r, 5000)));
    const uploads = Promise.all([
      upload(office, `/api/plans/${planCode}/observations/import?strict=true`, 'history.xlsx', observations),
      upload(admin, `/api/plans/${planCode}/observations/import?strict=true`, 'history.xlsx', observations),
      upload(reporter, '/api/templates/upload', '填报.xlsx', attack),
      upload(otherReporter, '/api/templates/upload', '填报.xlsx', attack),
    ]);
    const latencies = await pollHealth(() => uploads);
    const answers = await uploads;
    // Each upload was read or refused with a reason; the server never failed.
    for (const a of answers) {
      expect([200, 413, 429, 503]).toContain(a.status);
      expect(a.json.code === undefined || typeof a.json.messages?.zh === 'string').toBe(true);
    }
    // An observation upload that ran read every row: each is accounted for as accepted, rejected or
    // skipped, and the answer lists at most the first 1,000 rejected and skipped rows.
    for (const a of answers.slice(0, 2).filter((x) => x.status === 200)) {
      const result = a.json.result as {
        accepted: number;
        rejectedCount: number;
        skippedCount: number;
        rejected: unknown[];
        skipped: unknown[];
        issues: unknown[];
      };
      expect(result.accepted + result.rejectedCount + result.skippedCount).toBe(rows);
      expect(result.rejected.length + result.skipped.length).toBeLessThanOrEqual(2000);
      expect(result.issues.length).toBeLessThanOrEqual(1000);
      expect(a.json.applied).toBe(false);
    }
    expect(answers.filter((a) => a.status === 200).length).toBeGreaterThan(0);
    expect(latencies.length).toBeGreaterThan(0);
    console.info(
      `[reliability] ${dialect.dialect}: /api/health during 4 concurrent uploads (2 × ${rows} rows, 2 × 4-sheet templates): ` +
        `${summary(latencies)}; at rest ${summary(idle)}; ` +
        `uploads answered ${answers.map((a) => `${a.status}${a.json.code ? ` ${a.json.code}` : ''}`).join(', ')}`,
    );
  });
});
