/**
 * 主要指标完成情况表: one row per indicator, grouped by category in plan order, each followed by
 * the core's one-line explanation spanning the table. Used for table 1 of the plan (section 2)
 * and for the prose targets (附表1).
 */
import type { PackageIndicator } from '../../contracts/plan-package';
import { officialNames } from '../../core';
import { t } from '../../i18n/translate';
import type { ReportTable, ReportTableColumn, ReportTableRow } from '../../io/report-model/report-model';
import { baselineCell, indicatorName, latestCell, targetCell, unitLabel } from './indicator-cells';
import { type ReportContext, resultFor } from './report-context';
import { rt, statusLabel, subNumber, verdictLabel } from './translate-report';

/**
 * Widths in points of the 442 pt text block at 五号. Chinese: 基本符合预期 and 可以完成 wrap after
 * four characters, which the two-line 最新值 cell makes free; the name takes what is left. English
 * words must not break, so unit, attribute and status get room for "percent", "expected", "behind".
 */
const widths = {
  zh: [27, 96, 36, 42, 50, 44, 51, 48, 48],
  en: [25, 83, 59, 36, 40, 53, 44, 57, 45],
} as const;

export function indicatorColumns(ctx: ReportContext): ReportTableColumn[] {
  const { lang, input } = ctx;
  const w = widths[lang];
  return [
    { header: rt(lang, 'col.no'), width: w[0], align: 'center' },
    { header: rt(lang, 'col.name'), width: w[1], align: 'left' },
    { header: rt(lang, 'col.unit'), width: w[2], align: 'center' },
    { header: rt(lang, 'col.baseline', { year: input.meta.baseYear }), width: w[3], align: 'right' },
    { header: rt(lang, 'col.target', { year: input.meta.targetYear }), width: w[4], align: 'center' },
    { header: t(lang, 'col.attribute'), width: w[5], align: 'center' },
    { header: rt(lang, 'col.latest'), width: w[6], align: 'right' },
    { header: t(lang, 'col.status'), width: w[7], align: 'center' },
    { header: t(lang, 'col.trend'), width: w[8], align: 'center' },
  ];
}

/** Rows of the indicators that pass `include`, category by category; empty categories are skipped. */
export function indicatorTable(
  ctx: ReportContext,
  id: string,
  caption: string,
  include: (ind: PackageIndicator) => boolean,
  note?: string,
): ReportTable {
  const columns = indicatorColumns(ctx);
  const rows: ReportTableRow[] = [];
  let groupNo = 0;
  let rowNo = 0;
  for (const category of ctx.categories) {
    const list = category.indicators.filter(include);
    if (list.length === 0) continue;
    groupNo += 1;
    const prefix = ctx.lang === 'zh' ? `${subNumber('zh', groupNo)}、` : `${groupNo}. `;
    rows.push({ kind: 'group', cells: [{ text: `${prefix}${category.name}`, colSpan: columns.length }] });
    for (const ind of list) {
      rowNo += 1;
      rows.push(...indicatorRows(ctx, ind, rowNo, columns.length));
    }
  }
  return { type: 'table', id, caption, columns, rows, ...(note === undefined ? {} : { note }) };
}

function indicatorRows(
  ctx: ReportContext,
  ind: PackageIndicator,
  no: number,
  span: number,
): ReportTableRow[] {
  const { lang, input } = ctx;
  const r = resultFor(ctx, ind.code);
  const body: ReportTableRow = {
    kind: 'body',
    cells: [
      { text: String(no) },
      { text: indicatorName(lang, ind) },
      { text: unitLabel(lang, ind.unit, input.meta.extraUnits) },
      { text: baselineCell(ind) },
      { text: targetCell(ind) },
      { text: t(lang, `attribute.${ind.attribute}`) },
      { text: latestCell(lang, r) },
      { text: statusLabel(lang, r, input.meta.targetYear) },
      { text: verdictLabel(lang, r) },
    ],
    data: {
      code: r.code,
      status: r.status,
      verdict: r.trend.verdict,
      actual: r.actual,
      actualPeriod: r.actualPeriod,
      expected: r.expected,
      ratio: r.ratio,
    },
  };
  // The official category and the adjusted, restated or abnormal cases in words (issue 16).
  const parts = [rt(lang, 'row.explanation', { text: r.explanation[lang] })];
  if (r.officialCategory !== null) {
    parts.push(rt(lang, 'row.official', { category: officialNames[r.officialCategory][lang] }));
  }
  if (r.notes.length > 0) {
    parts.push(rt(lang, 'row.notes', { text: r.notes.map((n) => n[lang]).join(lang === 'zh' ? ';' : '; ') }));
  }
  const note: ReportTableRow = {
    kind: 'note',
    cells: [{ text: parts.join(lang === 'zh' ? '。' : '. '), colSpan: span }],
  };
  return [body, note];
}
