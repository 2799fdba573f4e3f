/**
 * The baseline and target an evaluation actually uses (docs/methodology.md §14):
 * - 口径调整: once data on a new basis are in (a basis change whose year is not after the evaluation
 *   date's year), the baseline is the one restated on that basis; the result names both;
 * - an increment target (提高〔1〕岁) is T = B + increment on the baseline in use, so a restated
 *   baseline moves it; a target stated as a level keeps its value;
 * - a baseline the plan calls abnormal is named as such (the judgement itself is unchanged).
 */
import type { Bilingual, EvaluationFlag } from './evaluation-result';
import type { BasisChange, IndicatorSpec } from './model';
import { formatGiven } from './number-format';

export interface PreparedSpec {
  spec: IndicatorSpec;
  flags: EvaluationFlag[];
  notes: Bilingual[];
}

export function prepareSpec(spec: IndicatorSpec, asOfYear: number): PreparedSpec {
  const flags: EvaluationFlag[] = [];
  const notes: Bilingual[] = [];
  let baseline = spec.baseline;
  const change = latestChange(spec.basisChanges ?? [], asOfYear);
  if (baseline !== null && change !== null) {
    notes.push(restatedNote(baseline.year, baseline.value, change));
    baseline = { ...baseline, value: change.restatedBaseline };
    flags.push('restated_baseline');
  }
  if (baseline?.abnormal) {
    flags.push('abnormal_baseline');
    notes.push({
      zh: `${baseline.year}年基数异常:${baseline.abnormal}`,
      en: `the ${baseline.year} baseline is abnormal: ${baseline.abnormal}`,
    });
  }
  let target = spec.target;
  const increment = target?.increment ?? null;
  if (target !== null && target.value === null && increment !== null) {
    target =
      baseline === null
        ? target
        : { ...target, value: baseline.value + increment, comparator: target.comparator };
  }
  if (baseline === spec.baseline && target === spec.target) return { spec, flags, notes };
  return { spec: { ...spec, baseline, target }, flags, notes };
}

function latestChange(changes: readonly BasisChange[], asOfYear: number): BasisChange | null {
  let pick: BasisChange | null = null;
  for (const c of changes) if (c.year <= asOfYear && (pick === null || c.year >= pick.year)) pick = c;
  return pick;
}

function restatedNote(year: number, original: number, change: BasisChange): Bilingual {
  const from = formatGiven(original);
  const to = formatGiven(change.restatedBaseline);
  return {
    zh: `口径调整(${change.note}):${change.year}年起数据为新口径,${year}年基数由${from}调整为${to}`,
    en: `basis change (${change.note}): data from ${change.year} are on the new basis; the ${year} baseline is restated from ${from} to ${to}`,
  };
}
