/**
 * 预警 as data (evaluation.md §Warnings). Red: a binding indicator behind/regressing or whose trend
 * is unlikely. Yellow: an expected indicator behind or at risk — and, because a worse condition
 * must not warn less (docs/methodology.md §7), an expected indicator regressing or unlikely, and a
 * binding one only at risk. Grey: a report overdue in the current round. One warning per subject,
 * the most severe.
 */
import type { Bilingual, IndicatorEvaluation, Warning, WarningLevel } from './evaluation-result';
import { statusNames } from './indicator-status';
import { verdictNames } from './trend';

/** A report not submitted by its due date; the reporting workflow supplies these. */
export interface OverdueReport {
  id: string;
  /** The responsible unit's name (or code) as it should appear in the warning. */
  unit: string;
  /** The due date or period as the workflow states it (2024-01-15, 2023-Q4). */
  due: string;
}

const attributeNames: Record<IndicatorEvaluation['attribute'], Bilingual> = {
  binding: { zh: '约束性指标', en: 'binding indicator' },
  expected: { zh: '预期性指标', en: 'expected indicator' },
};

export function indicatorWarning(result: IndicatorEvaluation): Warning | null {
  const lagging = result.status === 'behind' || result.status === 'regressing';
  const verdict = result.trend.verdict;
  const atRisk = verdict === 'at_risk' || verdict === 'unlikely';
  if (!lagging && !atRisk) return null;
  const level: WarningLevel =
    result.attribute === 'binding' && (lagging || verdict === 'unlikely') ? 'red' : 'yellow';
  const status = lagging ? statusNames[result.status] : null;
  const trend = atRisk && verdict !== null ? verdictNames[verdict] : null;
  const who = attributeNames[result.attribute];
  return {
    type: lagging ? 'indicator_lagging' : 'indicator_at_risk',
    level,
    subject: result.code,
    reason: {
      zh: `${who.zh}${both(status?.zh, trend?.zh, ',')}:${result.explanation.zh}`,
      en: `${who.en}: ${both(status?.en, trend?.en, '; ')} — ${result.explanation.en}`,
    },
    since: result.actualPeriod ?? result.asOf,
  };
}

/** The parts that are present, joined by the separator. */
function both(a: string | undefined, b: string | undefined, separator: string): string {
  if (a === undefined) return b ?? '';
  return b === undefined ? a : `${a}${separator}${b}`;
}

export function overdueWarning(report: OverdueReport): Warning {
  return {
    type: 'report_overdue',
    level: 'grey',
    subject: report.id,
    reason: {
      zh: `${report.unit}应于${report.due}前报送,逾期未报`,
      en: `${report.unit} has not submitted the report due ${report.due}`,
    },
    since: report.due,
  };
}

/** All warnings of an evaluation, red first, then yellow, then grey; input order within a level. */
export function collectWarnings(
  results: readonly IndicatorEvaluation[],
  overdue: readonly OverdueReport[] = [],
): Warning[] {
  const byLevel: Record<WarningLevel, Warning[]> = { red: [], yellow: [], grey: [] };
  for (const r of results) {
    const w = indicatorWarning(r);
    if (w !== null) byLevel[w.level].push(w);
  }
  for (const o of overdue) byLevel.grey.push(overdueWarning(o));
  return [...byLevel.red, ...byLevel.yellow, ...byLevel.grey];
}

/** Counts by level, for dashboards and report headlines. */
export function countWarnings(warnings: readonly Warning[]): Record<WarningLevel, number> {
  const counts: Record<WarningLevel, number> = { red: 0, yellow: 0, grey: 0 };
  for (const w of warnings) counts[w.level] += 1;
  return counts;
}
