import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { encodeGbk } from '../csv/fixtures/gbk-encode';
import { importObservationFile } from './observation-file-import';
import { hebiPlan } from './test-support/hebi-plan';

function temp(name: string, content: Buffer | string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'lantu-import-')), name);
  writeFileSync(path, content);
  return path;
}

async function xlsx(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const options = () => ({ indicators: hebiPlan().indicators, defaultSource: '统计局' });

describe('importObservationFile', () => {
  it('reads a named sheet of a multi-sheet workbook: dates, serials, numbers, merged cells', async () => {
    const bytes = await xlsx((wb) => {
      wb.addWorksheet('封面').getCell('A1').value = '2023年统计数据';
      const ws = wb.addWorksheet('数据');
      ws.addRow(['2023年主要指标']);
      ws.mergeCells('A1:D1');
      ws.addRow(['指标编号', '期间', '数值', '口径']);
      ws.addRow(['T01', new Date(Date.UTC(2023, 8, 30)), 98.5, '1-9月累计']);
      ws.addRow(['T01', 45170, '9.8%', '累计同比']);
      ws.addRow(['T04', 2023, '5.1', null]);
      ws.addRow(['T05', 2022, 30, null]);
      ws.addRow([null, 2023, 31, null]);
      ws.mergeCells('A6:A7');
    });
    const result = await importObservationFile(temp('stats.xlsx', bytes), { ...options(), sheet: '数据' });
    expect(result).toMatchObject({ format: 'xlsx', sheet: '数据', headerRow: 2 });
    expect(
      result.accepted.map((a) => [
        a.row,
        a.observation.indicator,
        a.observation.period,
        a.observation.measure,
        a.observation.value,
      ]),
    ).toEqual([
      [3, 'T01', '2023-09', 'ytd', 98.5],
      [4, 'T01', '2023-09', 'ytd_yoy', 9.8],
      [5, 'T04', '2023', 'level', 5.1],
    ]);
    expect(result.rejected.map((r) => [r.row, r.problems[0]?.code, r.problems[0]?.column])).toEqual([
      [6, 'merged_cells', '指标编号 (A)'],
      [7, 'merged_cells', '指标编号 (A)'],
    ]);
    expect(result.rejected[0]?.problems[0]?.message.zh).toContain('A6:A7');
    expect(result.issues.every((i) => i.file === 'stats.xlsx › 数据')).toBe(true);
  });

  it('names the sheets when the wanted one is missing', async () => {
    const bytes = await xlsx((wb) => wb.addWorksheet('Sheet1'));
    const result = await importObservationFile(temp('stats.xlsx', bytes), { ...options(), sheet: '数据' });
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'sheet_not_found',
        message: expect.objectContaining({ zh: '工作表「数据」不存在;本工作簿的工作表有:Sheet1' }),
      }),
    ]);
  });

  it('detects a GB18030 CSV and a legacy .xls, whatever their names say', async () => {
    const gbk = await importObservationFile(
      temp('stats.txt', encodeGbk('指标编号,年份,数值\nT01,2021年,95.2\n')),
      options(),
    );
    expect(gbk).toMatchObject({ format: 'csv', encoding: 'gb18030' });
    expect(gbk.accepted).toHaveLength(1);
    const xls = await importObservationFile(
      temp('stats.xlsx', Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512)])),
      options(),
    );
    expect(xls.issues[0]).toMatchObject({ file: 'stats.xlsx', code: 'legacy_xls' });
  });

  it('refuses a 50 MB file by its size, before reading it', async () => {
    const path = temp('huge.csv', '');
    truncateSync(path, 50 * 1024 * 1024);
    const result = await importObservationFile(path, options());
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'file_too_large', item: null, field: null }),
    ]);
  });
});
