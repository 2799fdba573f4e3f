/**
 * 四、约束性指标与预警: the binding indicators — which the plan says must be met and which feed the
 * assessment of units — and the core's warnings, red first, with level and reason.
 */
import { countWarnings } from '../../core';
import { t } from '../../i18n/translate';
import type { ReportBlock, ReportTable } from '../../io/report-model/report-model';
import { indicatorName, latestCell, periodLabel, targetCell } from './indicator-cells';
import { type ReportContext, resultFor } from './report-context';
import { rt, statusLabel, subNumber, verdictLabel } from './translate-report';

export function bindingBlocks(ctx: ReportContext): ReportBlock[] {
  return [
    { type: 'heading', level: 2, text: headingText(ctx, 1, rt(ctx.lang, 'h.bindingList')) },
    ...bindingList(ctx),
    { type: 'heading', level: 2, text: headingText(ctx, 2, rt(ctx.lang, 'h.warnings')) },
    ...warningList(ctx),
  ];
}

function headingText(ctx: ReportContext, no: number, text: string): string {
  return rt(ctx.lang, 'category.heading', { no: subNumber(ctx.lang, no), name: text });
}

function bindingList(ctx: ReportContext): ReportBlock[] {
  const { lang, input } = ctx;
  const binding = ctx.categories.flatMap((c) => c.indicators).filter((i) => i.attribute === 'binding');
  if (binding.length === 0) return [{ type: 'paragraph', style: 'body', text: rt(lang, 'binding.none') }];
  const warningOf = new Map(input.evaluation.warnings.map((w) => [w.subject, w.level]));
  const no = ctx.nextTable();
  const table: ReportTable = {
    type: 'table',
    id: 'binding',
    caption: rt(lang, 'binding.tableCaption', { no }),
    columns: [
      { header: rt(lang, 'col.no'), width: 27, align: 'center' },
      { header: rt(lang, 'col.name'), width: 130, align: 'left' },
      { header: rt(lang, 'col.target', { year: input.meta.targetYear }), width: 80, align: 'center' },
      { header: rt(lang, 'col.latest'), width: 55, align: 'right' },
      { header: t(lang, 'col.status'), width: 50, align: 'center' },
      { header: t(lang, 'col.trend'), width: 50, align: 'center' },
      { header: t(lang, 'col.warning'), width: 50, align: 'center' },
    ],
    rows: binding.map((ind, i) => {
      const r = resultFor(ctx, ind.code);
      const level = warningOf.get(ind.code);
      return {
        kind: 'body',
        cells: [
          { text: String(i + 1) },
          { text: indicatorName(lang, ind) },
          { text: targetCell(ind) },
          { text: latestCell(lang, r) },
          { text: statusLabel(lang, r, input.meta.targetYear) },
          { text: verdictLabel(lang, r) },
          { text: level === undefined ? '—' : t(lang, `warning.${level}`) },
        ],
      };
    }),
  };
  return [
    { type: 'paragraph', style: 'body', text: rt(lang, 'binding.intro', { count: binding.length, no }) },
    table,
  ];
}

function warningList(ctx: ReportContext): ReportBlock[] {
  const { lang, input } = ctx;
  const { warnings, asOf } = input.evaluation;
  const period = periodLabel(lang, asOf);
  if (warnings.length === 0)
    return [{ type: 'paragraph', style: 'body', text: rt(lang, 'warnings.none', { period }) }];
  const names = new Map(input.indicators.map((i) => [i.code, indicatorName(lang, i)]));
  const counts = countWarnings(warnings);
  const no = ctx.nextTable();
  const table: ReportTable = {
    type: 'table',
    id: 'warnings',
    caption: rt(lang, 'warnings.tableCaption', { no }),
    columns: [
      { header: rt(lang, 'col.no'), width: 27, align: 'center' },
      { header: rt(lang, 'col.level'), width: 50, align: 'center' },
      { header: rt(lang, 'col.name'), width: 95, align: 'left' },
      { header: rt(lang, 'col.reason'), width: 270, align: 'left' },
    ],
    rows: warnings.map((w, i) => ({
      kind: 'body',
      cells: [
        { text: String(i + 1) },
        { text: t(lang, `warning.${w.level}`) },
        { text: names.get(w.subject) ?? w.subject },
        { text: w.reason[lang] },
      ],
    })),
  };
  const intro = rt(lang, 'warnings.intro', {
    period,
    total: warnings.length,
    red: counts.red,
    yellow: counts.yellow,
    no,
  });
  return [{ type: 'paragraph', style: 'body', text: intro }, table];
}
