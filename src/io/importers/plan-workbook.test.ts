import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writePlanWorkbook } from '../xlsx/plan-workbook-write';
import { hasErrors, loadPlanPackage } from './plan-package-load';
import { importPlanWorkbook } from './plan-workbook';
import { hebiPlan, hebiPlanWithoutTasks } from './test-support/hebi-plan';
import { miniPackage, writePackage } from './test-support/mini-package';

async function edit(bytes: Buffer, change: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(bytes).buffer);
  change(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** The column of a key in row 2 of a plan workbook sheet. */
function columnOf(ws: ExcelJS.Worksheet, key: string): number {
  for (let c = 1; c <= ws.columnCount; c++) if (ws.getCell(2, c).value === key) return c;
  throw new Error(`no column ${key}`);
}

let hebiBytes: Buffer | null = null;
async function hebiWorkbook(): Promise<Buffer> {
  hebiBytes ??= await writePlanWorkbook(hebiPlan());
  return hebiBytes;
}

describe('importPlanWorkbook: problems at their sheet, row and column', () => {
  it('reports a rule violation (unknown unit) at the cell, in both languages', async () => {
    const bytes = await edit(await hebiWorkbook(), (wb) => {
      const ws = sheet(wb, '主要指标');
      ws.getCell(3, columnOf(ws, 'unit')).value = '亿圆';
    });
    const { plan, issues } = await importPlanWorkbook(bytes);
    expect(plan).not.toBeNull();
    expect(issues).toEqual([
      {
        file: '主要指标',
        item: '第3行 / row 3',
        field: '单位 (E)',
        code: 'unknown_unit',
        severity: 'error',
        message: {
          zh: '未知计量单位「亿圆」;如确需使用,请在 plan.json 的 extraUnits 中声明',
          en: 'unknown unit "亿圆"; declare it in plan.json extraUnits if it is intended',
        },
      },
    ]);
  });

  it('reports unreadable cells, bad choices and years out of order where they are', async () => {
    const bytes = await edit(await hebiWorkbook(), (wb) => {
      const ws = sheet(wb, '主要指标');
      ws.getCell(3, columnOf(ws, 'baseline.value')).value = '八十三';
      ws.getCell(4, columnOf(ws, 'attribute')).value = '很重要';
    });
    const { issues } = await importPlanWorkbook(bytes);
    const where = issues.map((i) => [i.file, i.item, i.field, i.code]);
    expect(where).toContainEqual(['主要指标', '第3行 / row 3', '基数 (M)', 'cell_invalid']);
    expect(where).toContainEqual(['主要指标', '第4行 / row 4', '属性 (I)', 'cell_invalid']);
    expect(issues.find((i) => i.item === '第4行 / row 4')?.message.zh).toContain('应为 预期性、约束性 之一');
    // As for a folder, the cross-file rules run once every sheet reads; then they are located too.
    const years = await edit(await hebiWorkbook(), (wb) => {
      const ws = sheet(wb, '主要指标');
      ws.getCell(5, columnOf(ws, 'target.year')).value = 2019;
    });
    const ruled = await importPlanWorkbook(years);
    expect(ruled.issues.map((i) => [i.file, i.item, i.field, i.code])).toEqual([
      ['主要指标', '第5行 / row 5', '目标年 (N)', 'target_before_base'],
    ]);
  });

  it('reports a duplicate code on the second row and a merged data range by its address', async () => {
    const bytes = await edit(await hebiWorkbook(), (wb) => {
      const ws = sheet(wb, '主要指标');
      ws.getCell(6, columnOf(ws, 'code')).value = 'T01';
      sheet(wb, '项目').mergeCells('B5:B6');
    });
    const { issues } = await importPlanWorkbook(bytes);
    expect(issues).toContainEqual(
      expect.objectContaining({ file: '主要指标', item: '第6行 / row 6', code: 'duplicate_code' }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({
        file: '项目',
        item: '第5行 / row 5',
        code: 'merged_cells',
        field: '项目名称 (B)',
      }),
    );
  });

  it('maps columns by key, so moved columns, a deleted key row and blank rows still read', async () => {
    const bytes = await edit(await hebiWorkbook(), (wb) => {
      const ws = sheet(wb, '项目');
      const names = ws.getColumn(2).values.slice();
      const codes = ws.getColumn(1).values.slice();
      ws.getColumn(1).values = names;
      ws.getColumn(2).values = codes;
      const units = sheet(wb, '责任单位');
      units.spliceRows(2, 1);
      units.insertRow(4, []);
    });
    const { plan, issues } = await importPlanWorkbook(bytes);
    expect(issues).toEqual([]);
    expect(plan).toStrictEqual(hebiPlanWithoutTasks());
  });

  it('reports a missing column once, not once per row', async () => {
    const bytes = await edit(await hebiWorkbook(), (wb) => sheet(wb, '主要指标').spliceColumns(5, 1));
    const { issues } = await importPlanWorkbook(bytes);
    expect(issues.map((i) => [i.file, i.field, i.code])).toEqual([
      ['主要指标', '单位(缺少此列 / column missing)', 'column_missing'],
    ]);
  });

  it('reports a missing sheet and refuses to build a package without it', async () => {
    const bytes = await edit(await hebiWorkbook(), (wb) => wb.removeWorksheet(sheet(wb, '纲要结构').id));
    const { plan, issues } = await importPlanWorkbook(bytes);
    expect(plan).toBeNull();
    expect(issues).toContainEqual(expect.objectContaining({ file: '纲要结构', code: 'sheet_missing' }));
  });

  it('finds the same problems in a workbook as in the package folder it came from', async () => {
    const files = miniPackage();
    const indicators = (files['indicators.json'] as { indicators: Record<string, unknown>[] }).indicators;
    const first = indicators[0] as Record<string, unknown>;
    indicators.push({
      ...first,
      tableNo: 2,
      unit: '亿圆',
      target: { year: 2024, value: 1, comparator: 'ge', text: '1' },
    });
    const folder = loadPlanPackage(writePackage(files));
    expect(folder.plan).not.toBeNull();
    expect(hasErrors(folder.issues)).toBe(true);
    if (!folder.plan) return;
    const { issues } = await importPlanWorkbook(await writePlanWorkbook(folder.plan));
    const gist = (list: typeof issues) => list.map((i) => [i.code, i.message.zh]).sort();
    expect(gist(issues)).toEqual(gist(folder.issues));
    expect(issues.every((i) => i.file === '主要指标' && i.item?.startsWith('第'))).toBe(true);
  });
});
