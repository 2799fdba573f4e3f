/**
 * The 任务分工方案 as offices circulate it: a title row, the header 序号 / 重点任务 / 牵头单位 /
 * 配合单位 / 完成时限 / 任务编号, then per chapter a merged category row (第五章 ……) and its tasks
 * numbered 1…N through the whole document. Text is defused against formula injection.
 */
import ExcelJS from 'exceljs';
import { defuseCellText } from '../spreadsheet-safety/formula-injection';

export interface DivisionTask {
  code: string;
  text: string;
  lead: string;
  co: readonly string[];
  deadline: string;
}

export interface DivisionCategory {
  label: string;
  tasks: readonly DivisionTask[];
}

export const divisionSheet = '任务分工方案';
export const divisionHeaders = ['序号', '重点任务', '牵头单位', '配合单位', '完成时限', '任务编号'] as const;

/** 2025-12-31 → 2025年12月31日, as the circulated documents write it. */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export async function writeTaskDivision(
  title: string,
  categories: readonly DivisionCategory[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Lantu';
  const ws = wb.addWorksheet(divisionSheet, { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.columns = [{ width: 6 }, { width: 70 }, { width: 24 }, { width: 30 }, { width: 16 }, { width: 12 }];
  ws.getCell('A1').value = defuseCellText(title);
  ws.mergeCells('A1:F1');
  ws.getCell('A1').font = { bold: true, size: 16 };
  ws.getCell('A1').alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 30;
  const header = ws.getRow(2);
  divisionHeaders.forEach((h, i) => {
    const cell = header.getCell(i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  });
  let rowNo = 3;
  let serial = 0;
  for (const category of categories) {
    const row = ws.getRow(rowNo);
    row.getCell(1).value = defuseCellText(category.label);
    row.getCell(1).font = { bold: true };
    ws.mergeCells(rowNo, 1, rowNo, 6);
    rowNo += 1;
    for (const task of category.tasks) {
      serial += 1;
      const r = ws.getRow(rowNo);
      r.values = [
        serial,
        task.text,
        task.lead,
        task.co.join('、'),
        chineseDate(task.deadline),
        task.code,
      ].map((v) => (typeof v === 'string' ? defuseCellText(v) : v));
      r.getCell(2).alignment = { wrapText: true, vertical: 'top' };
      r.getCell(4).alignment = { wrapText: true, vertical: 'top' };
      rowNo += 1;
    }
  }
  for (let r = 2; r < rowNo; r += 1) {
    for (let c = 1; c <= 6; c += 1) {
      ws.getCell(r, c).border = {
        top: { style: 'thin' },
        left: { style: 'thin' },
        bottom: { style: 'thin' },
        right: { style: 'thin' },
      };
    }
  }
  ws.pageSetup = {
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: '2:2',
  };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
