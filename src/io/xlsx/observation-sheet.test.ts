import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { SpreadsheetRefusal } from '../spreadsheet-safety/spreadsheet-refusal';
import type { TableRow } from '../table/table-row';
import { readObservationSheet } from './observation-sheet';

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function collect(rows: AsyncIterable<TableRow>): Promise<TableRow[]> {
  const out: TableRow[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

const multiSheet = () =>
  workbook((wb) => {
    const hidden = wb.addWorksheet('隐藏', { state: 'hidden' });
    hidden.getCell('A1').value = 'hidden';
    const notes = wb.addWorksheet('说明');
    notes.getCell('A1').value = '本表为2023年数据';
    const data = wb.addWorksheet('数据');
    data.addRow(['指标名称', '年份', '数值']);
    data.addRow(['地区生产总值', new Date(Date.UTC(2023, 8, 1)), 128.6]);
    data.addRow([
      { richText: [{ text: '一般公共' }, { text: '预算收入' }] },
      2023,
      { formula: '2+3', result: 5 },
    ]);
    data.mergeCells('A4:A5');
  });

describe('readObservationSheet', () => {
  it('reads the first visible sheet by default and lists every tab', async () => {
    const table = await readObservationSheet(await multiSheet());
    expect(table.sheet).toBe('说明');
    expect(table.sheets).toEqual(['隐藏', '说明', '数据']);
    expect((await collect(table.rows)).map((r) => r.cells)).toEqual([['本表为2023年数据']]);
  });

  it('reads a named sheet with dates, rich text and formula results as plain cells, and its merges', async () => {
    const table = await readObservationSheet(await multiSheet(), { sheet: '数据' });
    expect(table.merges).toEqual(['A4:A5']);
    expect(table.estimatedRows).toBe(5);
    const rows = await collect(table.rows);
    expect(rows.map((r) => [r.row, r.cells])).toEqual([
      [1, ['指标名称', '年份', '数值']],
      [2, ['地区生产总值', new Date(Date.UTC(2023, 8, 1)), 128.6]],
      [3, ['一般公共预算收入', 2023, 5]],
      [4, []],
      [5, []],
    ]);
  });

  it('names the sheets when the wanted one does not exist', async () => {
    const error = await readObservationSheet(await multiSheet(), { sheet: 'Sheet1' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SpreadsheetRefusal);
    expect((error as SpreadsheetRefusal).messages.zh).toBe(
      '工作表「Sheet1」不存在;本工作簿的工作表有:隐藏、说明、数据',
    );
  });
});
