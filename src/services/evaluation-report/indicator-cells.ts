/**
 * How an indicator's figures are printed in the report — the same rules as the core's explanation
 * lines (docs/methodology.md §11), so a table cell and the explanation beside it never disagree:
 * figures as given keep their digits, computed totals are rounded, rates keep two decimals.
 */
import type { PackageIndicator } from '../../contracts/plan-package';
import { formatGiven, formatPercent, formatPeriodEn, formatPeriodZh, formatValue } from '../../core';
import type { IndicatorEvaluation } from '../../core/evaluation-result';
import { withUnit } from '../../core/number-format';
import { isPercentUnit, type UnitInfo, unitInfo } from '../../core/units';
import type { ReportLang } from '../../io/report-model/report-input';
import { rt } from './translate-report';

export const EMPTY = '—';

export function periodLabel(lang: ReportLang, period: string): string {
  return lang === 'zh' ? formatPeriodZh(period) : formatPeriodEn(period);
}

/** The result's `actual` as a figure: observed levels as given, sums rounded, mean rates in %. */
export function formatActual(r: IndicatorEvaluation): string {
  if (r.actual === null) return EMPTY;
  switch (r.kind) {
    case 'level_compound':
    case 'level_linear':
    case 'threshold':
      return formatGiven(r.actual);
    case 'cumulative':
      return formatValue(r.actual);
    default:
      return formatPercent(r.actual);
  }
}

/** 最新值 cell: the figure, and on a second line the period it belongs to. */
export function latestCell(lang: ReportLang, r: IndicatorEvaluation): string {
  if (r.actual === null) return EMPTY;
  const period = r.actualPeriod === null ? '' : `\n${periodLabel(lang, r.actualPeriod)}`;
  return `${formatActual(r)}${period}`;
}

export function baselineCell(ind: PackageIndicator): string {
  return ind.baseline === null ? EMPTY : formatGiven(ind.baseline.value);
}

/** The target as written in the plan (">25", "5左右", "[1.275]"). */
export function targetCell(ind: PackageIndicator): string {
  return ind.target?.text ?? EMPTY;
}

/**
 * "实现目标需此后年均增长22.6%。" from the core's required pace; empty when the core gives none
 * (target met, final year, or not projectable).
 */
export function paceSentence(lang: ReportLang, r: IndicatorEvaluation, unit: string): string {
  const pace = r.trend.requiredPace;
  if (pace === null) return '';
  const size = Math.abs(pace.value);
  const down = pace.value < 0;
  if (pace.basis === 'percent_per_year') {
    return rt(lang, down ? 'pace.decline' : 'pace.growth', { value: formatPercent(size) });
  }
  if (isPercentUnit(unit)) {
    return rt(lang, down ? 'pace.pointsDown' : 'pace.pointsUp', { value: formatValue(size) });
  }
  return rt(lang, down ? 'pace.amountDown' : 'pace.amountUp', {
    value: withUnit(formatValue(size), unit)[lang],
  });
}

/** Names and units in the report's language. */
export function indicatorName(lang: ReportLang, ind: PackageIndicator): string {
  return lang === 'zh' ? ind.name : ind.nameEn;
}

/** The unit as printed: the plan's symbol in Chinese, its English name in English. */
export function unitLabel(lang: ReportLang, unit: string, extra: readonly UnitInfo[]): string {
  return lang === 'zh' ? unit : (unitInfo(unit, extra)?.en ?? unit);
}
