/**
 * After the kind's judgement, what every result adds (docs/methodology.md §18–§19):
 * - from the target year on, 已实现 / 未实现 with actual ÷ target: a miss is never 基本符合预期
 *   (settings.targetYearVerdict);
 * - the national four categories beside Lantu's finer ones (逆向 folds into 滞后预期);
 * - the aspirational part of a composite target, judged on its own (the status stays the binding part's).
 */
import { approxBand, meetsTarget } from './approx-band';
import type { Bilingual, FinalVerdict, IndicatorStatus, OfficialCategory } from './evaluation-result';
import { finiteOrNull } from './finite';
import type { Judgement } from './judgement';
import type { EvaluationSettings, IndicatorSpec } from './model';
import { formatGiven, formatRatio } from './number-format';
import { parsePeriod } from './period';

export const officialNames: Readonly<Record<OfficialCategory, Bilingual>> = {
  achieved_early: { zh: '提前实现', en: 'achieved ahead of time' },
  ahead: { zh: '快于预期', en: 'ahead of expectations' },
  on_track: { zh: '基本符合预期', en: 'broadly as expected' },
  behind: { zh: '滞后预期', en: 'behind expectations' },
  met: { zh: '已实现', en: 'met' },
  missed: { zh: '未实现', en: 'not met' },
};

/** The official category of a status; the target-year verdict when there is one. */
export function officialCategory(
  status: IndicatorStatus,
  final: FinalVerdict | null,
): OfficialCategory | null {
  if (final !== null) return final.met ? 'met' : 'missed';
  switch (status) {
    case 'achieved':
      return 'achieved_early';
    case 'ahead':
      return 'ahead';
    case 'on_track':
      return 'on_track';
    case 'behind':
    case 'regressing':
      return 'behind';
    default:
      return null;
  }
}

/** Official categories in order of merit, for one-step comparisons (提前实现 and 已实现 rank together). */
export function officialRank(category: OfficialCategory): number {
  switch (category) {
    case 'behind':
    case 'missed':
      return 0;
    case 'on_track':
      return 1;
    case 'ahead':
      return 2;
    case 'achieved_early':
    case 'met':
      return 3;
  }
}

const judgedStatuses: ReadonlySet<IndicatorStatus> = new Set([
  'achieved',
  'ahead',
  'on_track',
  'behind',
  'regressing',
]);

/**
 * The target-year verdict: when the figure judged is of the target year (or later) and whole-year.
 * A judgement that is not achieved there becomes behind (regressing stays), with 未实现 in its line.
 */
export function applyTargetYear(
  j: Judgement,
  spec: IndicatorSpec,
  targetYear: number,
  settings: EvaluationSettings,
): { judgement: Judgement; final: FinalVerdict | null } {
  if (!settings.targetYearVerdict || j.actualPeriod === null || !judgedStatuses.has(j.status)) {
    return { judgement: j, final: null };
  }
  const period = parsePeriod(j.actualPeriod);
  if (
    period === null ||
    period.quarter !== undefined ||
    period.month !== undefined ||
    period.year < targetYear
  ) {
    return { judgement: j, final: null };
  }
  // A level indicator judged on a growth or year-to-date figure says nothing of the level target.
  const levelKind =
    spec.kind === 'level_compound' || spec.kind === 'level_linear' || spec.kind === 'threshold';
  if (levelKind && j.gapToTarget === null) return { judgement: j, final: null };
  const met = j.status === 'achieved';
  const completion =
    spec.kind === 'relative'
      ? null
      : completionRatio(j.actual, spec.target?.value ?? j.expected, spec.direction);
  const final: FinalVerdict = { met, completion };
  if (met) return { judgement: j, final };
  const pct = completion === null ? '' : formatRatio(completion);
  const suffix: Bilingual = {
    zh: `;目标年未实现${pct ? `(完成率${pct})` : ''}`,
    en: `; not met in the target year${pct ? ` (completion ${pct})` : ''}`,
  };
  return {
    judgement: {
      ...j,
      status: j.status === 'regressing' ? 'regressing' : 'behind',
      explanation: { zh: j.explanation.zh + suffix.zh, en: j.explanation.en + suffix.en },
    },
    final,
  };
}

function completionRatio(
  actual: number | null,
  target: number | null,
  direction: IndicatorSpec['direction'],
) {
  if (actual === null || target === null || actual === 0 || target === 0) return null;
  return finiteOrNull(direction === 'decrease' ? target / actual : actual / target);
}

/** The aspirational part (力争…) judged against the same figure; a phrase is shown, not judged. */
export function judgeAspiration(
  spec: IndicatorSpec,
  actual: number | null,
  percentUnit: boolean,
  settings: EvaluationSettings,
): { met: boolean | null; explanation: Bilingual } | null {
  const a = spec.target?.aspiration;
  if (a === undefined || a === null) return null;
  if (a.value === null || actual === null) {
    return {
      met: null,
      explanation: {
        zh: `力争目标「${a.text}」${a.value === null ? '为定性表述' : '暂无数据'},未单独评估;状态按约束部分判断`,
        en: `aspiration "${a.text}" ${a.value === null ? 'is a phrase' : 'has no data'}: not judged; the status follows the binding part`,
      },
    };
  }
  const met = meetsTarget(
    actual,
    a.value,
    a.comparator,
    spec.direction,
    approxBand(a.value, percentUnit, settings),
  );
  const A = formatGiven(actual);
  return {
    met,
    explanation: {
      zh: `力争目标「${a.text}」:实际${A},${met ? '已达到' : '尚未达到'};状态按约束部分判断`,
      en: `aspiration "${a.text}": actual ${A}, ${met ? 'met' : 'not met yet'}; the status follows the binding part`,
    },
  };
}
