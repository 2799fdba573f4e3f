/**
 * The evaluation table as a plan officer reads it (lantu evaluate): one row per indicator with
 * the numbers behind the status, then the warnings. Demo data are always announced first.
 */
import type { PlanPackage } from '../contracts/plan-package';
import type { IndicatorEvaluation } from '../core/evaluation-result';
import { formatPeriodZh } from '../core/period';
import { type Lang, t } from '../i18n/translate';
import type { PlanEvaluationReport } from '../services/plans/plan-evaluation';
import { type Column, formatNumber, renderTable } from './output';

export function evaluationColumns(
  plan: PlanPackage,
  report: PlanEvaluationReport,
  lang: Lang,
  explain: boolean,
): Column<IndicatorEvaluation>[] {
  const byCode = new Map(plan.indicators.map((i) => [i.code, i]));
  const warningOf = new Map(report.evaluation.warnings.map((w) => [w.subject, w.level]));
  const pace = (r: IndicatorEvaluation) => {
    const p = r.trend.requiredPace;
    if (!p) return '';
    return p.basis === 'percent_per_year'
      ? `${formatNumber(p.value, 1)}%/年`
      : `${formatNumber(p.value, 2)}/年`;
  };
  const columns: Column<IndicatorEvaluation>[] = [
    { header: t(lang, 'col.code'), value: (r) => r.code },
    { header: t(lang, 'col.name'), value: (r) => byCode.get(r.code)?.name ?? r.code, max: 30 },
    { header: t(lang, 'col.unit'), value: (r) => byCode.get(r.code)?.unit ?? '' },
    {
      header: t(lang, 'col.baseline'),
      value: (r) => formatNumber(byCode.get(r.code)?.baseline?.value, 2, ''),
      align: 'right',
    },
    { header: t(lang, 'col.target'), value: (r) => byCode.get(r.code)?.target?.text ?? '', max: 14 },
    { header: t(lang, 'col.actual'), value: (r) => formatNumber(r.actual, 2, ''), align: 'right' },
    {
      header: t(lang, 'col.period'),
      value: (r) => (r.actualPeriod ? (lang === 'zh' ? formatPeriodZh(r.actualPeriod) : r.actualPeriod) : ''),
    },
    { header: t(lang, 'col.expected'), value: (r) => formatNumber(r.expected, 2, ''), align: 'right' },
    { header: t(lang, 'col.ratio'), value: (r) => formatNumber(r.ratio, 2, ''), align: 'right' },
    { header: t(lang, 'col.status'), value: (r) => t(lang, `status.${r.status}`) },
    {
      header: t(lang, 'col.trend'),
      value: (r) => (r.trend.verdict ? t(lang, `trend.${r.trend.verdict}`) : ''),
    },
    { header: t(lang, 'col.requiredPace'), value: pace, align: 'right' },
    {
      header: t(lang, 'col.warning'),
      value: (r) => {
        const level = warningOf.get(r.code);
        return level ? t(lang, `warning.${level}`) : '';
      },
    },
  ];
  if (explain) {
    columns.push({ header: t(lang, 'col.explanation'), value: (r) => r.explanation[lang], max: 200 });
  }
  return columns;
}

export function renderEvaluation(
  plan: PlanPackage,
  report: PlanEvaluationReport,
  lang: Lang,
  explain: boolean,
): string {
  const { evaluation } = report;
  const lines: string[] = [];
  for (const set of report.datasets.filter((s) => s.dataset === 'demo')) {
    lines.push(`⚠ ${t(lang, 'evaluate.datasetNotice', { label: lang === 'zh' ? set.label : set.labelEn })}`);
  }
  lines.push(
    t(lang, 'evaluate.heading', {
      plan: lang === 'zh' ? plan.meta.shortName : plan.meta.nameEn,
      asOf: lang === 'zh' ? formatPeriodZh(evaluation.asOf) : evaluation.asOf,
    }),
  );
  lines.push(t(lang, 'evaluate.elapsed', { percent: formatNumber(evaluation.timeElapsed * 100, 1) }));
  lines.push(evaluation.rollup.headline[lang]);
  lines.push('');
  lines.push(renderTable(evaluationColumns(plan, report, lang, explain), evaluation.results));
  lines.push('');
  lines.push(`■ ${t(lang, 'evaluate.warnings')}`);
  if (evaluation.warnings.length === 0) lines.push(t(lang, 'evaluate.noWarnings'));
  for (const w of evaluation.warnings) {
    lines.push(`  [${t(lang, `warning.${w.level}`)}] ${w.subject} ${w.reason[lang]}`);
  }
  return lines.join('\n');
}
