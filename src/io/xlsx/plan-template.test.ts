import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { toTableCell } from './cell-value';
import { readPlanWorkbook } from './plan-workbook-read';
import { writePlanTemplate } from './plan-workbook-write';

const committed = new URL('../../../data/templates/plan-package-template.xlsx', import.meta.url);

/** What a person sees: every sheet's cell values, the dropdown of each first data row, the frozen panes. */
async function content(bytes: Buffer): Promise<unknown> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(bytes).buffer);
  return wb.worksheets.map((ws) => {
    const rows: unknown[][] = [];
    ws.eachRow((row, n) => {
      rows[n] = Array.from({ length: ws.columnCount }, (_, c) => toTableCell(row.getCell(c + 1).value));
    });
    const dropdowns = Array.from(
      { length: ws.columnCount },
      (_, c) => ws.getCell(3, c + 1).dataValidation ?? null,
    );
    return { name: ws.name, rows, dropdowns, views: ws.views };
  });
}

describe('plan workbook template', () => {
  it('is what scripts/generate-plan-template.ts produces (compared on content, not bytes)', async () => {
    expect(await content(readFileSync(committed))).toEqual(await content(await writePlanTemplate()));
  });

  it('has the instructions first and reads as an empty package that names what is missing', async () => {
    const bytes = readFileSync(committed);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(bytes).buffer);
    expect(wb.worksheets.map((ws) => ws.name).slice(0, 3)).toEqual(['说明', '规划信息', '发展目标']);
    expect(String(wb.getWorksheet('说明')?.getCell('A1').value)).toContain('填写说明');
    const read = await readPlanWorkbook(bytes);
    expect(read.plan).toBeNull();
    expect(read.issues).toContainEqual(
      expect.objectContaining({
        file: '规划信息',
        field: '规划编号 (C)',
        item: '第4行 / row 4',
        code: 'schema_invalid_type',
      }),
    );
    expect(read.issues).toContainEqual(
      expect.objectContaining({ file: '纲要结构', code: 'schema_too_small' }),
    );
  });
});
