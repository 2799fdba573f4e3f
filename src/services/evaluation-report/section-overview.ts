/**
 * 一、总体评价: how far the plan period has run (序时进度), how many indicators of which attribute,
 * the headline sentence of the core's roll-up, the mean ratio, the warnings, and a table of counts
 * by status and attribute.
 */

import { achievedName, countWarnings, formatPercent, formatRatio, parsePeriod } from '../../core';
import type { IndicatorStatus } from '../../core/evaluation-result';
import { indicatorStatuses } from '../../core/indicator-status';
import { t } from '../../i18n/translate';
import type { ReportBlock, ReportTable } from '../../io/report-model/report-model';
import { periodLabel } from './indicator-cells';
import type { ReportContext } from './report-context';
import { rt } from './translate-report';

const statusOrder: readonly IndicatorStatus[] = indicatorStatuses;

export function overviewBlocks(ctx: ReportContext): ReportBlock[] {
  const { lang, input } = ctx;
  const { evaluation, meta } = input;
  const period = periodLabel(lang, evaluation.asOf);
  const percent = formatPercent(evaluation.timeElapsed * 100);
  const years = evaluation.timeElapsed * (meta.targetYear - meta.baseYear);
  const roundYears = Math.round(years);
  const elapsed =
    Math.abs(years - roundYears) < 1e-9 && roundYears > 0
      ? rt(lang, 'overview.elapsedYears', { period, years: roundYears, percent })
      : rt(lang, 'overview.elapsed', { period, percent });
  const evaluated = ctx.categories.flatMap((c) => c.indicators);
  const table1 = evaluated.filter((i) => i.source === 'table1').length;
  const binding = evaluated.filter((i) => i.attribute === 'binding').length;
  const scope = rt(lang, 'overview.scope', {
    total: evaluated.length,
    table1,
    prose: evaluated.length - table1,
    expected: evaluated.length - binding,
    binding,
  });
  const { rollup } = evaluation;
  const blocks: ReportBlock[] = [
    { type: 'paragraph', style: 'body', text: `${elapsed}${scope}` },
    {
      type: 'paragraph',
      style: 'body',
      text: `${rt(lang, 'overview.headline', { headline: rollup.headline[lang] })}${meanRatio(ctx)}`,
    },
    { type: 'paragraph', style: 'body', text: warningsSentence(ctx) },
  ];
  blocks.push(statusTable(ctx));
  return blocks;
}

function meanRatio(ctx: ReportContext): string {
  const { rollup } = ctx.input.evaluation;
  if (rollup.meanRatio === null) return '';
  return rt(ctx.lang, 'overview.meanRatio', {
    count: rollup.ratioCount,
    ratio: formatRatio(rollup.meanRatio),
    cap: ctx.settings.ratioCap,
  });
}

function warningsSentence(ctx: ReportContext): string {
  const { warnings } = ctx.input.evaluation;
  if (warnings.length === 0) return rt(ctx.lang, 'overview.noWarnings');
  const counts = countWarnings(warnings);
  return rt(ctx.lang, 'overview.warnings', {
    total: warnings.length,
    red: counts.red,
    yellow: counts.yellow,
  });
}

/** Counts by status × attribute, straight from the core's roll-up. */
function statusTable(ctx: ReportContext): ReportTable {
  const { lang } = ctx;
  const { rollup } = ctx.input.evaluation;
  const row = (label: string, total: number, expected: number, binding: number) => ({
    kind: 'body' as const,
    cells: [
      { text: label, align: 'left' as const },
      { text: String(total) },
      { text: String(expected) },
      { text: String(binding) },
    ],
  });
  return {
    type: 'table',
    id: 'status-summary',
    caption: rt(lang, 'overview.tableCaption', { no: ctx.nextTable() }),
    columns: [
      { header: t(lang, 'col.status'), width: 10, align: 'left' },
      { header: rt(lang, 'col.total'), width: 5, align: 'center' },
      { header: t(lang, 'attribute.expected'), width: 5, align: 'center' },
      { header: t(lang, 'attribute.binding'), width: 5, align: 'center' },
    ],
    rows: [
      ...statusOrder.map((s) =>
        row(
          s === 'achieved' ? achievedLabel(ctx) : t(lang, `status.${s}`),
          rollup.byStatus[s],
          rollup.byAttribute.expected[s],
          rollup.byAttribute.binding[s],
        ),
      ),
      row(
        rt(lang, 'row.total'),
        rollup.total,
        sum(rollup.byAttribute.expected),
        sum(rollup.byAttribute.binding),
      ),
    ],
  };
}

function sum(counts: Record<IndicatorStatus, number>): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

/** 提前实现 before the target year, 已实现 in a final evaluation (docs/methodology.md §4). */
function achievedLabel(ctx: ReportContext): string {
  const year = parsePeriod(ctx.input.evaluation.asOf)?.year ?? ctx.input.meta.targetYear;
  return achievedName(year, ctx.input.meta.targetYear)[ctx.lang];
}
