/**
 * 三、分领域进展情况: for each category the core's roll-up sentence, the indicators that need
 * attention — behind, regressing or unlikely to meet the target — with the pace they now need, and a
 * chart per indicator that has data.
 */
import type { PackageIndicator } from '../../contracts/plan-package';
import type { IndicatorEvaluation } from '../../core/evaluation-result';
import type { ChartSpec } from '../../io/charts/chart-spec';
import type { ReportBlock } from '../../io/report-model/report-model';
import { indicatorChart } from './chart-specs';
import { indicatorName, paceSentence, unitLabel } from './indicator-cells';
import { type ReportContext, resultFor } from './report-context';
import { joinList, rt, statusLabel, subNumber, verdictLabel } from './translate-report';

export function categoryBlocks(ctx: ReportContext): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  let no = 0;
  for (const category of ctx.categories) {
    if (category.indicators.length === 0) continue;
    no += 1;
    const { lang } = ctx;
    blocks.push({
      type: 'heading',
      level: 2,
      text: rt(lang, 'category.heading', { no: subNumber(lang, no), name: category.name }),
    });
    const rollup = ctx.input.evaluation.byCategory[category.code];
    blocks.push({
      type: 'paragraph',
      style: 'body',
      text: rt(lang, 'category.summary', {
        name: category.name,
        count: category.indicators.length,
        headline: rollup?.headline[lang] ?? '',
      }),
    });
    blocks.push(...laggingBlocks(ctx, category.indicators));
    blocks.push(...chartBlocks(ctx, category.indicators));
  }
  return blocks;
}

/** behind, regressing, or a trend that cannot reach the target (evaluation.md §Trend). */
export function needsAttention(r: IndicatorEvaluation): boolean {
  return r.status === 'behind' || r.status === 'regressing' || r.trend.verdict === 'unlikely';
}

function laggingBlocks(ctx: ReportContext, indicators: readonly PackageIndicator[]): ReportBlock[] {
  const { lang, input } = ctx;
  const lagging = indicators.filter((ind) => needsAttention(resultFor(ctx, ind.code)));
  if (lagging.length === 0)
    return [{ type: 'paragraph', style: 'body', text: rt(lang, 'category.noLagging') }];
  const blocks: ReportBlock[] = [
    {
      type: 'paragraph',
      style: 'body',
      text: rt(lang, 'category.lagging', { count: lagging.length }),
      keepWithNext: true,
    },
  ];
  lagging.forEach((ind, i) => {
    const r = resultFor(ctx, ind.code);
    const labels = [statusLabel(lang, r, input.meta.targetYear)];
    if (r.trend.verdict !== null) labels.push(verdictLabel(lang, r));
    blocks.push({
      type: 'paragraph',
      style: 'body',
      text: rt(lang, 'category.laggingItem', {
        no: i + 1,
        name: indicatorName(lang, ind),
        labels: joinList(lang, labels),
        explanation: r.explanation[lang],
        pace: paceSentence(lang, r, ind.unit),
      }).trim(),
    });
  });
  return blocks;
}

function chartBlocks(ctx: ReportContext, indicators: readonly PackageIndicator[]): ReportBlock[] {
  const { lang, input } = ctx;
  const charts: ChartSpec[] = [];
  for (const ind of indicators) {
    const chart = indicatorChart(ctx, ind, resultFor(ctx, ind.code));
    if (chart === null) continue;
    const unit = unitLabel(lang, ind.unit, input.meta.extraUnits);
    const caption = rt(lang, 'chart.caption', { no: ctx.nextFigure(), name: indicatorName(lang, ind), unit });
    charts.push({ ...chart, unit, caption });
  }
  if (charts.length === 0) return [{ type: 'paragraph', style: 'body', text: rt(lang, 'category.noCharts') }];
  return [{ type: 'charts', lead: rt(lang, 'category.charts'), charts }];
}
