/**
 * 主要指标完成情况表: one row per indicator, grouped by category in plan order, each followed by
 * the core's one-line explanation spanning the table. Used for table 1 of the plan (section 2)
 * and for the prose targets (附表1).
 */
import type { PackageIndicator } from '../../contracts/plan-package';
import { t } from '../../i18n/translate';
import type { ReportTable, ReportTableColumn, ReportTableRow } from '../../io/report-model/report-model';
import { baselineCell, indicatorName, latestCell, targetCell, unitLabel } from './indicator-cells';
import { type ReportContext, resultFor } from './report-context';
import { rt, statusLabel, subNumber, verdictLabel } from './translate-report';

export function indicatorColumns(ctx: ReportContext): ReportTableColumn[] {
  const { lang, input } = ctx;
  return [
    { header: rt(lang, 'col.no'), width: 3, align: 'center' },
    { header: rt(lang, 'col.name'), width: 12, align: 'left' },
    { header: rt(lang, 'col.unit'), width: 4.5, align: 'center' },
    { header: rt(lang, 'col.baseline', { year: input.meta.baseYear }), width: 5, align: 'right' },
    { header: rt(lang, 'col.target', { year: input.meta.targetYear }), width: 6, align: 'center' },
    { header: t(lang, 'col.attribute'), width: 4.5, align: 'center' },
    { header: rt(lang, 'col.latest'), width: 6.5, align: 'right' },
    { header: t(lang, 'col.status'), width: 5.5, align: 'center' },
    { header: t(lang, 'col.trend'), width: 5, align: 'center' },
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
  const note: ReportTableRow = {
    kind: 'note',
    cells: [{ text: rt(lang, 'row.explanation', { text: r.explanation[lang] }), colSpan: span }],
  };
  return [body, note];
}
