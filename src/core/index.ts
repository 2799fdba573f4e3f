/**
 * The public API of the evaluation core. Everything here is pure: the same inputs give the same
 * outputs bit for bit, with no I/O and no clock (evaluation.md §Reproducibility).
 */

export type { BandPosition } from './approx-band';
export { approxBand, bandPosition, meetsTarget } from './approx-band';
export type { AssessmentItem, CategoryScore, UnitAssessment } from './assessment-score';
export { assessUnit, indicatorScore, statusPoints } from './assessment-score';
export { publishedBeforePeriodEnds } from './data-vintage';
export type { EvaluateIndicatorInput } from './evaluate-indicator';
export { evaluateIndicator, planTimeElapsed } from './evaluate-indicator';
export type { EvaluatePlanInput, PlanEvaluation, PlanIndicator } from './evaluate-plan';
export { evaluatePlan } from './evaluate-plan';
export type * from './evaluation-result';
export type { LevelPath, PathShape } from './expected-path';
export { pathAnnualGrowth, pathValue, targetFromGrowth } from './expected-path';
export { achievedName, statusFromRatio, statusNames, statusRank } from './indicator-status';
export type * from './model';
export { defaultEvaluationSettings } from './model';
export { formatGiven, formatPercent, formatRatio, formatValue } from './number-format';
export { officialCategory, officialNames, officialRank } from './official-scale';
export type { Period } from './period';
export {
  comparePeriods,
  elapsedShare,
  formatPeriodEn,
  formatPeriodZh,
  isSubAnnual,
  monthsElapsed,
  PeriodFormatError,
  parsePeriod,
  periodEnd,
  periodFormatMessage,
  periodName,
  periodPattern,
  periodText,
  requirePeriod,
} from './period';
export {
  compoundedReduction,
  compoundRatio,
  geometricMeanGrowth,
  linearRatio,
  ratioToExpected,
} from './progress-ratio';
export type { IndicatorWeights, Rollup, StatusCounts } from './rollup';
export { rollup, rollupByCategory } from './rollup';
export type { SdgObservation, SdgSeriesOptions } from './sdg/from-observations';
export { sdgFromObservations, sdgYear } from './sdg/from-observations';
export { sdgIndicator, statusFromScore as sdgStatusFromScore } from './sdg/indicator-progress';
export type * from './sdg/sdg-types';
export { cagr, sdgSeriesProgress } from './sdg/series-progress';
export { limitFactor, method1Thresholds, method2Thresholds } from './sdg/thresholds';
export { trendVerdict, verdictNames } from './trend';
export type { UnitInfo } from './units';
export { isPercentUnit, knownUnits, unitInfo } from './units';
export { valueLimit } from './value-limits';
export type { OverdueReport } from './warnings';
export { collectWarnings, countWarnings, indicatorWarning, overdueWarning } from './warnings';
