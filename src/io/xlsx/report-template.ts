/**
 * The reporting template (填报模板) of a round: one sheet listing exactly the items a unit owes, with
 * its key columns locked, input cells validated (numbers only, percentages 0–100, a list of measures),
 * Chinese headers frozen in place, and a very hidden sheet that says which round and unit it belongs
 * to — so an upload lands in the right place whoever renames the file.
 */
import ExcelJS from 'exceljs';
import { valueLimit } from '../../core/value-limits';
import { encodeCellText } from './cell-text';

export const templateSheet = '填报表';
export const identitySheet = '_lantu';
export const templateFormat = 'lantu-report-template';

/** The measures a reporter may choose, as the list shows them. */
export const measureLabels = {
  level: '当期值',
  ytd: '1–N月累计',
  yoy: '同比增速',
  ytd_yoy: '累计同比增速',
} as const;

export interface TemplateRow {
  reportId: number;
  itemType: 'indicator' | 'task' | 'project';
  code: string;
  name: string;
  unit: string | null;
  period: string;
  measure: keyof typeof measureLabels | null;
  lastApproved: number | null;
  annualTarget: number | null;
  value: number | null;
  progressPercent: number | null;
  narrative: string | null;
  status: string;
  unitName: string;
}

export interface TemplateIdentity {
  plan: string;
  round: number;
  /** The unit the template was made for; null when it lists every unit (the office's copy). */
  unit: string | null;
  generatedAt: string;
}

/** Columns in order; `input` columns stay unlocked for the reporter. */
export const templateColumns = [
  { key: 'reportId', header: '填报编号', width: 10, input: false },
  { key: 'unitName', header: '填报单位', width: 14, input: false },
  { key: 'code', header: '事项编号', width: 10, input: false },
  { key: 'name', header: '事项名称', width: 34, input: false },
  { key: 'unit', header: '计量单位', width: 10, input: false },
  { key: 'period', header: '期间', width: 10, input: false },
  { key: 'lastApproved', header: '上期审定值', width: 12, input: false },
  { key: 'annualTarget', header: '年度目标', width: 12, input: false },
  { key: 'measure', header: '口径', width: 14, input: true },
  { key: 'value', header: '本期数值', width: 14, input: true },
  { key: 'progressPercent', header: '完成进度(%)', width: 12, input: true },
  { key: 'narrative', header: '进展情况', width: 40, input: true },
  { key: 'status', header: '状态', width: 10, input: false },
] as const;

export type TemplateColumnKey = (typeof templateColumns)[number]['key'];

export function columnLetter(key: TemplateColumnKey): string {
  const index = templateColumns.findIndex((c) => c.key === key);
  return String.fromCharCode(65 + index);
}

function text(value: string | null): string | null {
  return value === null ? null : encodeCellText(value);
}

export async function writeReportTemplate(spec: {
  title: string;
  notes: string;
  identity: TemplateIdentity;
  rows: readonly TemplateRow[];
}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '蓝图 Lantu';
  const ws = wb.addWorksheet(templateSheet, { views: [{ state: 'frozen', ySplit: 3 }] });
  ws.columns = templateColumns.map((c) => ({ width: c.width }));
  ws.mergeCells(1, 1, 1, templateColumns.length);
  ws.getCell(1, 1).value = spec.title;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.mergeCells(2, 1, 2, templateColumns.length);
  ws.getCell(2, 1).value = spec.notes;
  ws.getCell(2, 1).alignment = { wrapText: true };
  ws.getRow(2).height = 36;
  const header = ws.getRow(3);
  templateColumns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: c.input ? 'FFFFF2CC' : 'FFD9E1F2' } };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
  spec.rows.forEach((r, index) => {
    const row = ws.getRow(4 + index);
    const values: Record<TemplateColumnKey, ExcelJS.CellValue> = {
      reportId: r.reportId,
      unitName: text(r.unitName),
      code: text(r.code),
      name: text(r.name),
      unit: text(r.unit),
      period: text(r.period),
      lastApproved: r.lastApproved,
      annualTarget: r.annualTarget,
      measure:
        r.measure === null
          ? r.itemType === 'indicator'
            ? measureLabels.level
            : null
          : measureLabels[r.measure],
      value: r.value,
      progressPercent: r.progressPercent,
      narrative: text(r.narrative),
      status: text(r.status),
    };
    templateColumns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.value = values[c.key];
      cell.protection = { locked: !c.input };
      if (c.key === 'measure') {
        cell.dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [`"${Object.values(measureLabels).join(',')}"`],
          showErrorMessage: true,
          errorTitle: '口径 / measure',
          error: `请从列表中选择:${Object.values(measureLabels).join('、')}`,
        };
      } else if (c.key === 'value') {
        cell.dataValidation = {
          type: 'decimal',
          operator: 'between',
          allowBlank: true,
          formulae: [-valueLimit, valueLimit],
          showErrorMessage: true,
          errorTitle: '本期数值 / value',
          error: '请输入数字(不要带单位) / enter a number without its unit',
        };
      } else if (c.key === 'progressPercent') {
        cell.dataValidation = {
          type: 'decimal',
          operator: 'between',
          allowBlank: true,
          formulae: [0, 100],
          showErrorMessage: true,
          errorTitle: '完成进度 / progress',
          error: '请输入 0–100 之间的数字 / enter a number from 0 to 100',
        };
      }
    });
  });
  // Locked key columns; the yellow input cells stay editable. No password: this guards against slips,
  // and the server checks every row anyway.
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });

  const id = wb.addWorksheet(identitySheet, { state: 'veryHidden' });
  id.addRow(['format', templateFormat]);
  id.addRow(['version', 1]);
  id.addRow(['plan', spec.identity.plan]);
  id.addRow(['round', spec.identity.round]);
  id.addRow(['unit', spec.identity.unit ?? '']);
  id.addRow(['generatedAt', spec.identity.generatedAt]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
