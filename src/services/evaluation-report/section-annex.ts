/**
 * 附表与附录: the prose targets' table (附表1), where the data come from — published sets with their
 * cited sources, demo sets marked as simulated — and the methodology on one page, with the plan's
 * own thresholds, pointing to docs/methodology.md for the formulas and worked examples.
 */
import { formatGiven, formatPercent } from '../../core';
import type { ReportBlock } from '../../io/report-model/report-model';
import { periodLabel } from './indicator-cells';
import { indicatorTable } from './indicator-table';
import type { ReportContext } from './report-context';
import { joinList, rt } from './translate-report';

export function annexBlocks(ctx: ReportContext): ReportBlock[] {
  const { lang } = ctx;
  const hasProse = ctx.categories.some((c) => c.indicators.some((i) => i.source !== 'table1'));
  const prose: ReportBlock = hasProse
    ? indicatorTable(ctx, 'prose-targets', rt(lang, 'annex.proseCaption'), (i) => i.source !== 'table1')
    : { type: 'paragraph', style: 'body', text: rt(lang, 'annex.proseNone') };
  return [
    prose,
    { type: 'heading', level: 2, text: rt(lang, 'h.sources') },
    ...sourceBlocks(ctx),
    { type: 'heading', level: 2, text: rt(lang, 'h.method'), pageBreakBefore: true },
    ...methodBlocks(ctx),
  ];
}

function sourceBlocks(ctx: ReportContext): ReportBlock[] {
  const { lang, input } = ctx;
  const blocks: ReportBlock[] = [];
  for (const set of input.datasets) {
    const label = lang === 'zh' ? set.label : set.labelEn;
    const description = lang === 'zh' ? set.description : set.descriptionEn;
    const params = { label, count: set.observationCount, description };
    if (set.dataset === 'demo') {
      blocks.push({ type: 'paragraph', style: 'notice', text: rt(lang, 'sources.demo', params) });
      continue;
    }
    let text = rt(lang, 'sources.published', params);
    if (set.sources.length > 0) text += rt(lang, 'sources.cited', { sources: joinList(lang, set.sources) });
    blocks.push({ type: 'paragraph', style: 'small', text });
  }
  const kinds = new Set(input.datasets.map((d) => d.dataset));
  if (kinds.has('demo') && kinds.has('published')) {
    blocks.push({ type: 'paragraph', style: 'small', text: rt(lang, 'sources.precedence') });
  }
  return blocks;
}

function methodBlocks(ctx: ReportContext): ReportBlock[] {
  const { lang, settings, input } = ctx;
  const body = (text: string): ReportBlock => ({ type: 'paragraph', style: 'small', text });
  return [
    body(
      rt(lang, 'method.elapsed', {
        period: periodLabel(lang, input.evaluation.asOf),
        percent: formatPercent(input.evaluation.timeElapsed * 100),
      }),
    ),
    body(rt(lang, 'method.kinds')),
    body(
      rt(lang, 'method.status', {
        ahead: formatGiven(settings.aheadRatio),
        onTrack: formatGiven(settings.onTrackRatio),
        points: formatGiven(settings.approxBandPoints),
        relative: formatPercent(settings.approxBandRelative * 100),
      }),
    ),
    body(
      rt(lang, 'method.trend', {
        year: input.meta.targetYear,
        share: formatPercent(settings.atRiskShare * 100),
      }),
    ),
    body(rt(lang, 'method.warnings', { cap: formatGiven(settings.ratioCap) })),
    body(rt(lang, 'method.doc')),
  ];
}
