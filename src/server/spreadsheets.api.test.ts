/**
 * Excel in and out through the API, as a unit and the plan office use it: download the round's
 * template, fill it as a person would (full-width digits, units typed after numbers, a stray row),
 * upload it and read the row-by-row result; strict mode; closed rounds; exports; historic imports.
 */
import ExcelJS from 'exceljs';
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

async function workbookOf(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

describe.each(testDialects())('spreadsheets through the API on $dialect', (dialect) => {
  let t: TestApp;
  let office: Session;
  let reporter: Session;
  let roundId = 0;

  beforeAll(async () => {
    t = await startTestApp(dialect, { includeDemo: true });
    await signInAdmin(t);
    await seedPeople(t);
    office = await signIn(t.app, 'office', password);
    reporter = await signIn(t.app, 'js-reporter', password);
    for (const code of ['T25', 'T27']) {
      await office.request('PUT', `/api/plans/${planCode}/assignments`, {
        itemType: 'indicator',
        itemCode: code,
        lead: 'park-jinshan',
        co: [],
      });
    }
    await office.request('PUT', `/api/plans/${planCode}/assignments`, {
      itemType: 'indicator',
      itemCode: 'T26',
      lead: 'park-chengdong',
      co: [],
    });
    const round = await office.request('POST', `/api/plans/${planCode}/rounds`, {
      name: '2023年年度填报',
      period: '2023',
      opensOn: '2024-03-01',
      dueOn: '2024-03-31',
      itemTypes: ['indicator'],
    });
    roundId = round.json().id;
  });
  afterAll(async () => t?.close());

  async function template(): Promise<{ wb: ExcelJS.Workbook; bytes: Buffer }> {
    const res = await reporter.request('GET', `/api/rounds/${roundId}/template`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toContain('attachment;');
    return { wb: await workbookOf(res.rawPayload), bytes: res.rawPayload };
  }

  async function upload(bytes: Buffer, strict = false) {
    return reporter.upload(`/api/templates/upload?strict=${strict}`, '填报.xlsx', bytes);
  }

  it('gives the unit a template of exactly what it owes, locked and validated', async () => {
    const { wb } = await template();
    const ws = wb.getWorksheet('填报表');
    if (!ws) throw new Error('no 填报表 sheet');
    expect(ws.getRow(3).getCell(3).value).toBe('事项编号');
    const codes = [ws.getRow(4).getCell(3).value, ws.getRow(5).getCell(3).value];
    expect(codes).toEqual(['T25', 'T27']);
    expect(ws.getRow(6).getCell(3).value).toBeNull();
    expect(ws.getRow(4).getCell(4).value).toBe('城市绿地率');
    expect(ws.getRow(4).getCell(5).value).toBe('%');
    // 2023 target on the linear path 29.6 → 37: 29.6 + 7.4 × 3/5 = 34.04
    expect(ws.getRow(4).getCell(8).value).toBeCloseTo(34.04, 9);
    // ExcelJS leaves out `locked: true` (the default) when it writes, so it reads back as not false.
    expect(ws.getRow(4).getCell(4).protection?.locked).not.toBe(false);
    expect(ws.getRow(4).getCell(10).protection?.locked).toBe(false);
    expect(ws.getRow(4).getCell(10).dataValidation?.type).toBe('decimal');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(wb.getWorksheet('_lantu')?.state).toBe('veryHidden');
  });

  it('reads values as people type them and reports every bad row by row and column', async () => {
    const { wb } = await template();
    const ws = wb.getWorksheet('填报表');
    if (!ws) throw new Error('no sheet');
    ws.getRow(4).getCell(10).value = '３４．１'; // full-width digits
    ws.getRow(5).getCell(10).value = '80家'; // the unit typed after the number
    ws.getRow(5).getCell(12).value = '新增花园式工厂9家';
    const stray = ws.getRow(6);
    stray.getCell(1).value = 999_999;
    stray.getCell(10).value = 5;
    const res = await upload(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(res.statusCode, res.body).toBe(200);
    const result = res.json();
    expect(result).toMatchObject({ applied: true, counts: { accepted: 2, unchanged: 0, rejected: 1 } });
    const bad = result.rows.find((r: { outcome: string }) => r.outcome === 'rejected');
    expect(bad).toMatchObject({ row: 6, column: 'A', field: '填报编号' });
    expect(bad.message.zh).toContain('第6行 A列');
    const inbox = (await reporter.request('GET', '/api/inbox')).json() as {
      report: { itemCode: string; value: number; status: string; narrative: string };
    }[];
    expect(inbox.map((i) => [i.report.itemCode, i.report.status, i.report.value])).toEqual([
      ['T25', 'draft', 34.1],
      ['T27', 'draft', 80],
    ]);
    // The same file again changes nothing and says so.
    const again = await template();
    const second = await upload(again.bytes);
    expect(second.json().counts).toEqual({ accepted: 0, unchanged: 2, rejected: 0 });
  });

  it('refuses a progress note with a NUL or a bidirectional override by row and column, as the form does', async () => {
    // Excel stores U+0000 as the escape _x0000_, which the reader turns back into the character.
    const { wb } = await template();
    const ws = wb.getWorksheet('填报表');
    if (!ws) throw new Error('no sheet');
    ws.getRow(4).getCell(12).value = '进展_x0000_顺利';
    ws.getRow(5).getCell(12).value = '新增\u202E9家';
    const res = await upload(Buffer.from(await wb.xlsx.writeBuffer()), true);
    expect(res.statusCode, res.body).toBe(200);
    const rows = (
      res.json() as { rows: { outcome: string; row: number; field: string; message: { en: string } }[] }
    ).rows;
    const refused = rows.filter((r) => r.outcome === 'rejected');
    expect(refused.map((r) => [r.row, r.field])).toEqual([
      [4, '进展情况'],
      [5, '进展情况'],
    ]);
    expect(refused.find((r) => r.row === 4)?.message.en).toContain('U+0000');
    expect(refused.find((r) => r.row === 5)?.message.en).toContain('U+202E');
  });

  it('saves nothing in strict mode when any row is wrong', async () => {
    const { wb } = await template();
    const ws = wb.getWorksheet('填报表');
    if (!ws) throw new Error('no sheet');
    ws.getRow(4).getCell(10).value = 35;
    ws.getRow(5).getCell(10).value = '很多';
    const res = await upload(Buffer.from(await wb.xlsx.writeBuffer()), true);
    const result = res.json();
    expect(result).toMatchObject({ applied: false, counts: { accepted: 1, rejected: 1 } });
    expect(result.rows[1]).toMatchObject({ row: 5, column: 'J', field: '本期数值' });
    const inbox = (await reporter.request('GET', '/api/inbox')).json() as {
      report: { itemCode: string; value: number };
    }[];
    expect(inbox.find((i) => i.report.itemCode === 'T25')?.report.value).toBe(34.1);
  });

  it('lets the plan office upload the template a unit e-mailed, as that unit’s drafts and no other’s', async () => {
    const proxyUrl = (unit: string) => `/api/rounds/${roundId}/units/${unit}/template`;
    // 城东园区 owes T26; the office downloads that unit's template, as it would to send it out.
    const res = await office.request('GET', `/api/rounds/${roundId}/template?unit=park-chengdong`);
    expect(res.statusCode, res.body).toBe(200);
    const wb = await workbookOf(res.rawPayload);
    const ws = wb.getWorksheet('填报表');
    if (!ws) throw new Error('no sheet');
    expect(ws.getRow(4).getCell(3).value).toBe('T26');
    ws.getRow(4).getCell(10).value = 41.2;
    ws.getRow(4).getCell(12).value = '城东园区邮件报送';
    const filled = Buffer.from(await wb.xlsx.writeBuffer());

    // A reporter cannot upload for another unit, not even for their own through this route.
    const denied = await reporter.upload(proxyUrl('park-jinshan'), '城东.xlsx', filled);
    expect(denied.statusCode).toBe(403);
    // The wrong attachment: 城东's file uploaded as 金山's is refused before anything is read.
    const wrongUnit = await office.upload(proxyUrl('park-jinshan'), '城东.xlsx', filled);
    expect(wrongUnit.statusCode).toBe(400);
    expect(wrongUnit.json().code).toBe('template_wrong_unit');
    expect(wrongUnit.json().messages.zh).toContain('park-chengdong');

    const done = await office.upload(proxyUrl('park-chengdong'), '城东.xlsx', filled);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ applied: true, counts: { accepted: 1, unchanged: 0, rejected: 0 } });
    // Rows name their item, so an office without the unit's inbox can read the result.
    expect(done.json().rows).toEqual([
      { row: 4, reportId: expect.any(Number), outcome: 'accepted', itemCode: 'T26' },
    ]);
    const cdReporter = await signIn(t.app, 'cd-reporter', password);
    const inbox = (await cdReporter.request('GET', '/api/inbox')).json() as {
      report: { id: number; itemCode: string; value: number; status: string; narrative: string };
    }[];
    const t26 = inbox.find((i) => i.report.itemCode === 'T26')?.report;
    // Saved as a draft: the unit still checks and submits it.
    expect(t26).toMatchObject({ status: 'draft', value: 41.2, narrative: '城东园区邮件报送' });
    const history = (await office.request('GET', `/api/reports/${t26?.id}/history`)).json() as {
      action: string;
      comment: string | null;
    }[];
    expect(JSON.stringify(history)).toContain('规划办代城东园区上传模板');

    // The whole round's template (no unit in it) uploaded for 城东: 金山's rows are refused by name.
    const whole = await office.request('GET', `/api/rounds/${roundId}/template`);
    const all = await office.upload(proxyUrl('park-chengdong'), '全部.xlsx', whole.rawPayload);
    expect(all.statusCode, all.body).toBe(200);
    const refused = all.json().rows.filter((r: { outcome: string }) => r.outcome === 'rejected');
    expect(refused.map((r: { message: { zh: string } }) => r.message.zh)).toEqual([
      expect.stringContaining('不是「城东园区」在本轮次的事项'),
      expect.stringContaining('不是「城东园区」在本轮次的事项'),
    ]);
  });

  it('refuses files that are not the template, and uploads to a closed round', async () => {
    const foreign = new ExcelJS.Workbook();
    foreign.addWorksheet('Sheet1').addRow(['a', 'b']);
    const notTemplate = await upload(Buffer.from(await foreign.xlsx.writeBuffer()));
    expect(notTemplate.statusCode).toBe(400);
    expect(notTemplate.json().code).toBe('template_identity_missing');
    const xls = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(600),
    ]);
    const legacy = await upload(xls);
    expect(legacy.statusCode).toBeLessThan(500);
    expect(legacy.json().messages.zh).toContain('.xls');
    const { bytes } = await template();
    const round = (await office.request('GET', `/api/rounds/${roundId}`)).json();
    await office.request('POST', `/api/rounds/${roundId}/close`, { version: round.version });
    const closed = await upload(bytes);
    expect(closed.statusCode).toBe(409);
    expect(closed.json().code).toBe('round_closed');
  });

  it('exports the indicator table to xlsx and CSV, marked as demo data', async () => {
    const xlsx = await office.request('GET', `/api/plans/${planCode}/indicators/export?asOf=2023`);
    expect(xlsx.statusCode).toBe(200);
    const wb = await workbookOf(xlsx.rawPayload);
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('no sheet');
    const text = ws
      .getSheetValues()
      .flat()
      .map((v) => String(v ?? ''))
      .join('|');
    expect(text).toContain('主要指标监测表');
    expect(text).toContain('示例数据');
    expect(text).toContain('地区生产总值');
    const csv = await office.request('GET', `/api/plans/${planCode}/indicators/export?asOf=2023&format=csv`);
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.body).toContain('城市绿地率');
  });

  it('imports historic data from a GB18030 CSV into the ledger', async () => {
    const gbk = (s: string) => Buffer.from(new TextEncoder().encode(s));
    // Built as UTF-8 here; the importer's own tests cover GB18030 bytes. The API path is the point.
    const csv = gbk(
      '指标编号,年份,数值,来源\nT21,2021,1.84,统计公报\nT21,2022,1.87,统计公报\nT99,2022,1,统计公报\n',
    );
    const res = await office.upload(
      `/api/plans/${planCode}/observations/import`,
      'history.csv',
      csv,
      'text/csv',
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ applied: true, loaded: 2, result: { accepted: 2 } });
    expect(res.json().result.rejected[0].row).toBe(4);
    const ledger = (await office.request('GET', `/api/plans/${planCode}/indicators/T21/ledger`)).json() as {
      period: string;
      layer: string;
      value: number;
    }[];
    expect(ledger.filter((e) => e.layer === 'published' && e.period === '2022').at(-1)?.value).toBe(1.87);
  });
});
