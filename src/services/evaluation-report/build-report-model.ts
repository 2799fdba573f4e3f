/**
 * buildReportModel — the evaluation report (年度监测 / 中期评估 / 总结评估) as a document tree in one
 * language, ready for the Word, PDF and HTML renderers. Pure: no clock, no files; every figure is
 * the core's, formatted the way its explanation lines format it (docs/reports.md).
 */
import { formatPercent, isSubAnnual, parsePeriod } from '../../core';
import type { ReportInput } from '../../io/report-model/report-input';
import type { ReportModel, ReportSection, ReportSectionId } from '../../io/report-model/report-model';
import { periodLabel } from './indicator-cells';
import { indicatorTable } from './indicator-table';
import { reportContext } from './report-context';
import { annexBlocks } from './section-annex';
import { bindingBlocks } from './section-binding';
import { categoryBlocks } from './section-categories';
import { narrativeBlocks } from './section-narrative';
import { overviewBlocks } from './section-overview';
import { projectBlocks } from './section-projects';
import { taskBlocks } from './section-tasks';
import { joinList, rt, sectionNumber } from './translate-report';

export function buildReportModel(input: ReportInput): ReportModel {
  const ctx = reportContext(input);
  const { lang } = input;
  const sections: ReportSection[] = [];
  const add = (id: ReportSectionId, key: Parameters<typeof rt>[1], blocks: ReportSection['blocks']) => {
    const numbered = id !== 'annex';
    const heading = rt(lang, key);
    sections.push({
      id,
      heading: numbered ? `${sectionNumber(lang, sections.length + 1)}${heading}` : heading,
      blocks,
    });
  };
  // Table numbers follow reading order, so sections are built in the order they are printed.
  add('overview', 'h.overview', overviewBlocks(ctx));
  const tableNo = ctx.nextTable();
  const table1 = ctx.categories.flatMap((c) => c.indicators).filter((i) => i.source === 'table1');
  add('indicators', 'h.indicators', [
    {
      type: 'paragraph',
      style: 'body',
      text: rt(lang, 'indicators.intro', {
        count: table1.length,
        prose: ctx.categories.flatMap((c) => c.indicators).length - table1.length,
        no: tableNo,
      }),
    },
    indicatorTable(
      ctx,
      'main-indicators',
      rt(lang, 'indicators.tableCaption', { no: tableNo }),
      (i) => i.source === 'table1',
      rt(lang, 'indicators.note', { year: input.meta.targetYear }),
    ),
  ]);
  add('categories', 'h.categories', categoryBlocks(ctx));
  add('binding-warnings', 'h.binding', bindingBlocks(ctx));
  if (input.projects !== undefined) add('projects', 'h.projects', projectBlocks(ctx, input.projects));
  if (input.tasks !== undefined) add('tasks', 'h.tasks', taskBlocks(ctx, input.tasks));
  add('problems', 'h.problems', narrativeBlocks(lang, input.narrative.problems));
  add('next-steps', 'h.nextSteps', narrativeBlocks(lang, input.narrative.nextSteps));
  add('annex', 'h.annex', annexBlocks(ctx));
  const demoNotice = input.demo ? rt(lang, 'demo.notice') : null;
  return {
    lang,
    kind: input.kind,
    title: title(input),
    subtitle: subtitle(input),
    meta: metaLines(input),
    demoNotice,
    properties: {
      author:
        lang === 'zh' ? `蓝图 Lantu · ${input.meta.region.name}` : `Lantu · ${input.meta.region.nameEn}`,
      subject: title(input),
      generatedAt: input.generatedAt,
    },
    sections,
  };
}

function title(input: ReportInput): string {
  const plan =
    input.lang === 'zh'
      ? input.meta.shortName
      : `${input.meta.region.nameEn} ${ordinal(input.meta.fiveYearPlanNo)} Five-Year Plan`;
  return rt(input.lang, `title.${input.kind}`, { plan });
}

function subtitle(input: ReportInput): string {
  const period = parsePeriod(input.asOf);
  // A monitoring report during the year (as of 2023-09) names the month, not the whole year.
  if (input.kind === 'annual' && period !== null && !isSubAnnual(period)) {
    return rt(input.lang, 'subtitle.annual', { year: period.year });
  }
  return rt(input.lang, 'subtitle.asOf', { period: periodLabel(input.lang, input.asOf) });
}

function metaLines(input: ReportInput): string[] {
  const { lang, meta, evaluation } = input;
  const labels = input.datasets.map((d) => (lang === 'zh' ? d.label : d.labelEn));
  return [
    rt(lang, 'meta.asOf', {
      period: periodLabel(lang, evaluation.asOf),
      percent: formatPercent(evaluation.timeElapsed * 100),
    }),
    rt(lang, 'meta.period', { start: meta.period.start, end: meta.period.end, baseYear: meta.baseYear }),
    rt(lang, 'meta.data', { labels: labels.length > 0 ? joinList(lang, labels) : '—' }),
    rt(lang, 'meta.generated', { date: input.generatedAt.slice(0, 10) }),
  ];
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
