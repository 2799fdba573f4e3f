/**
 * The 说明 sheet: how to fill the plan workbook, in Chinese, for the plan office member who opens the
 * template with no other documentation at hand. English follows in docs/spreadsheets.md.
 */
import type ExcelJS from 'exceljs';
import { attributeLabels, comparatorLabels, directionLabels, kindLabels, measureLabels } from './enum-labels';
import { metaSheetName } from './plan-meta-fields';
import type { SheetSpec } from './plan-sheet-specs';

export const guideSheetName = '说明';

function lines(sheets: readonly SheetSpec[]): { text: string; style?: 'title' | 'heading' }[] {
  const list = (labels: Readonly<Record<string, string>>) => Object.values(labels).join('、');
  return [
    { text: '蓝图 Lantu 规划包工作簿 — 填写说明', style: 'title' },
    {
      text: '本工作簿就是一份完整的规划包:规划信息、纲要结构、主要指标、年度目标、专栏、专项、项目、责任单位和观测值。',
    },
    {
      text: '填好后用 lantu workbook import <本文件> --out <目录> 导入;系统会逐项校验,列出每个问题所在的工作表、行和列。',
    },
    { text: '工作表', style: 'heading' },
    { text: `${metaSheetName}:规划的名称、规划期、基期年和目标年等,每行一个字段,只填“值”一列` },
    ...sheets.map((s) => ({ text: `${s.name}:${s.purpose}` })),
    { text: '填写规则', style: 'heading' },
    {
      text: '1. 第1行是中文表头,第2行是英文键(灰色)。系统按第2行的键识别各列,请勿修改或删除第2行;列的顺序可以调整。',
    },
    { text: '2. 从第3行开始每行一条记录。空行会被跳过。数据区不要合并单元格。' },
    {
      text: '3. 编号(指标编号、节点编号、专栏编号等)只能包含字母、数字、点、下划线和连字符,如 T01、CH4、C1-1,同一表内不能重复。',
    },
    { text: '4. 引用其他表的编号(所属章、类别、专栏编号、数据集等)必须在对应的表中存在。' },
    { text: '5. 数字直接填写,可带千分位,如 1,234.5;不要在数字后写单位。年份填四位数字,如 2025。' },
    {
      text: '6. 一组单元格整体留空表示“没有”:如基数年和基数都留空表示没有基数;目标年、目标值、比较符、目标原文都留空表示没有目标;只有目标值留空表示目标只有文字。',
    },
    { text: '7. 可选的文字栏(摘要、备注、出处说明等)留空即可。' },
    { text: '8. 带下拉框的列请从下拉框中选择,也可以填英文代码。' },
    { text: `   属性:${list(attributeLabels)};类型:${list(kindLabels)}` },
    { text: `   方向:${list(directionLabels)};比较符:${list(comparatorLabels)}(>25 为不低于,5左右 为左右)` },
    { text: `   口径:${list(measureLabels)};是否类:是、否` },
    { text: '9. 以 = + - @ 开头的文字,导出时会在前面加一个单引号防止被当作公式执行;导入时会自动去掉。' },
    {
      text: '10. 观测值的“期间”填 2023(年)、2023-Q3(季度)或 2023-09(月)。公开数据每条必须注明来源;示例数据(模拟)不是真实统计数据,所有界面和报告都会标明。',
    },
    { text: '出错时', style: 'heading' },
    {
      text: '导入时每个问题会写成:工作表 › 第N行 › 列名 (列字母): 中文说明 / English。改正后重新导入即可,系统不会只报第一个问题。',
    },
  ];
}

export function addGuideSheet(wb: ExcelJS.Workbook, sheets: readonly SheetSpec[]): void {
  const ws = wb.addWorksheet(guideSheetName);
  ws.getColumn(1).width = 120;
  lines(sheets).forEach((line, index) => {
    const cell = ws.getCell(index + 1, 1);
    cell.value = line.text;
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (line.style === 'title') cell.font = { bold: true, size: 14 };
    if (line.style === 'heading') cell.font = { bold: true, size: 12 };
  });
}
