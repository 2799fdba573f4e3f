/**
 * Project investment against the annual plan and the time-elapsed pace (docs/projects.md §3).
 *
 * 序时进度 of month m is m/12 (1–9月 → 75%). A project's 完成年度计划 is its 1–m月累计 completed
 * investment over its 年度计划投资; the gap to the pace is in percentage points:
 * plan 1,200万元, 1–9月累计 816万元 → 68%, 序时进度 75%, 低于序时进度7个百分点.
 * Percentages are computed by multiplying before dividing, so hand-checkable inputs give exact figures.
 */
import type { Bilingual } from './evaluation-result';
import { formatGiven, formatPercent, unitSuffix } from './number-format';
import { periodName } from './period';

/** 万元 after a number in English, from the unit catalogue: 816 × 10,000 yuan. */
const wanEn = unitSuffix('万元').en;

/** A 1–N月累计 value${wanEn} of one month, `YYYY-MM`. */
export interface YtdValue {
  period: string;
  value: number;
}

export function monthPeriod(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** Year and month of `YYYY-MM` or `YYYY-MM-DD`. */
export function yearMonthOf(text: string): { year: number; month: number } {
  return { year: Number(text.slice(0, 4)), month: Number(text.slice(5, 7)) };
}

/** 序时进度 of month m, in percent: m/12 × 100. */
export function timeElapsedPercent(month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`month must be 1–12, got ${month}`);
  }
  return (month * 100) / 12;
}

export type InvestmentPace = 'ahead' | 'on_pace' | 'behind';

export const paceNames: Record<InvestmentPace, Bilingual> = {
  ahead: { zh: '快于序时进度', en: 'ahead of the time-elapsed pace' },
  on_pace: { zh: '与序时进度持平', en: 'at the time-elapsed pace' },
  behind: { zh: '低于序时进度', en: 'behind the time-elapsed pace' },
};

/** Gaps smaller than this (in percentage points) print as 0 and count as on pace. */
const paceTolerance = 0.005;

export interface AnnualCompletion {
  year: number;
  /** The last month the 1–N月累计 covers. */
  month: number;
  /** 年度计划投资, 万元. */
  planned: number;
  /** 1–N月累计完成投资, 万元. */
  completed: number;
  completionPercent: number;
  timeElapsedPercent: number;
  /** completionPercent − timeElapsedPercent, in percentage points (negative: behind). */
  gapPoints: number;
  pace: InvestmentPace;
  explanation: Bilingual;
}

/** Completion of the annual plan at month m; null when there is no positive plan to compare with. */
export function annualCompletion(input: {
  year: number;
  month: number;
  planned: number;
  completed: number;
}): AnnualCompletion | null {
  const { year, month, planned, completed } = input;
  if (!(planned > 0) || !Number.isFinite(completed)) return null;
  const elapsed = timeElapsedPercent(month);
  const completionPercent = (completed * 100) / planned;
  const gapPoints = ((completed * 12 - planned * month) * 100) / (planned * 12);
  const pace: InvestmentPace =
    gapPoints > paceTolerance ? 'ahead' : gapPoints < -paceTolerance ? 'behind' : 'on_pace';
  const when = periodName({ year, month }, true);
  const gap = formatPercent(Math.abs(gapPoints));
  const paceText: Bilingual =
    pace === 'on_pace'
      ? { zh: '与序时进度持平', en: `at the time-elapsed pace (${formatPercent(elapsed)}%)` }
      : {
          zh: `${paceNames[pace].zh}${gap}个百分点`,
          en: `${gap} percentage points ${pace === 'ahead' ? 'ahead of' : 'behind'} the time-elapsed pace (${formatPercent(elapsed)}%)`,
        };
  return {
    year,
    month,
    planned,
    completed,
    completionPercent,
    timeElapsedPercent: elapsed,
    gapPoints,
    pace,
    explanation: {
      zh: `${when.zh}累计完成投资${formatGiven(completed)}万元,完成年度计划的${formatPercent(completionPercent)}%,${paceText.zh}`,
      en: `${when.en}: ${formatGiven(completed)}${wanEn} invested, ${formatPercent(completionPercent)}% of the annual plan of ${formatGiven(planned)}${wanEn}, ${paceText.en}`,
    },
  };
}

/** The 1–N月累计 of `year` as of month m: the latest reported month of that year up to m. */
export function ytdAt(values: readonly YtdValue[], year: number, month: number): YtdValue | null {
  let best: YtdValue | null = null;
  const last = monthPeriod(year, month);
  for (const v of values) {
    if (v.period.startsWith(`${year}-`) && v.period <= last && (best === null || v.period > best.period)) {
      best = v;
    }
  }
  return best;
}

/**
 * 累计完成投资 up to month m of `year`: each year's last 1–N月累计 up to then, summed. A year's
 * 1–12月累计 is its whole-year investment, so the sum over years is the total since the first report.
 */
export function completedToDate(values: readonly YtdValue[], year: number, month: number): number {
  const limit = monthPeriod(year, month);
  const lastOfYear = new Map<string, YtdValue>();
  for (const v of values) {
    if (v.period > limit) continue;
    const y = v.period.slice(0, 4);
    const seen = lastOfYear.get(y);
    if (!seen || v.period > seen.period) lastOfYear.set(y, v);
  }
  let sum = 0;
  for (const v of lastOfYear.values()) sum += v.value;
  return sum;
}

/** The values with `entry` in place of any value of its month. */
export function withValue(values: readonly YtdValue[], entry: YtdValue): YtdValue[] {
  return [...values.filter((v) => v.period !== entry.period), entry];
}

/** Why a 1–N月累计 cannot be accepted: it falls below an earlier month's, or rises above a later one's. */
export interface YtdConflict {
  kind: 'below_previous' | 'above_next';
  /** The neighbouring month the value contradicts. */
  neighbour: YtdValue;
  reason: Bilingual;
}

/** 1–N月累计 cannot fall within a year: checks a value against its neighbours of the same year. */
export function ytdConflict(values: readonly YtdValue[], entry: YtdValue): YtdConflict | null {
  const year = entry.period.slice(0, 5);
  let previous: YtdValue | null = null;
  let next: YtdValue | null = null;
  for (const v of values) {
    if (!v.period.startsWith(year) || v.period === entry.period) continue;
    if (v.period < entry.period && (previous === null || v.period > previous.period)) previous = v;
    if (v.period > entry.period && (next === null || v.period < next.period)) next = v;
  }
  const name = (v: YtdValue) => periodName(yearMonthOf(v.period), true);
  if (previous !== null && entry.value < previous.value) {
    const n = name(previous);
    return {
      kind: 'below_previous',
      neighbour: previous,
      reason: {
        zh: `1–N月累计完成投资不能比上月少:${n.zh}已为${formatGiven(previous.value)}万元,本次填报${formatGiven(entry.value)}万元`,
        en: `a year-to-date investment cannot fall: ${n.en} was already ${formatGiven(previous.value)}${wanEn}, this value is ${formatGiven(entry.value)}${wanEn}`,
      },
    };
  }
  if (next !== null && entry.value > next.value) {
    const n = name(next);
    return {
      kind: 'above_next',
      neighbour: next,
      reason: {
        zh: `1–N月累计完成投资不能超过以后月份的累计值:${n.zh}为${formatGiven(next.value)}万元,本次填报${formatGiven(entry.value)}万元`,
        en: `a year-to-date investment cannot exceed a later month's: ${n.en} is ${formatGiven(next.value)}${wanEn}, this value is ${formatGiven(entry.value)}${wanEn}`,
      },
    };
  }
  return null;
}

export interface StartRate {
  year: number;
  /** Projects whose planned start falls in the year. */
  planned: number;
  /** Of those, the ones that have started by the evaluation date (an early start counts). */
  started: number;
  /** started ÷ planned × 100; null when nothing was planned to start. */
  ratePercent: number | null;
  /** Planned starts of the year already due by the evaluation date. */
  due: number;
  /** Projects that started in the year without a planned start in it. */
  startedUnplanned: number;
  explanation: Bilingual;
}

/** 开工率 = projects planned to start in the year that started ÷ projects planned to start in the year. */
export function startRate(
  projects: readonly { plannedStart: string | null; actualStart: string | null }[],
  asOf: string,
): StartRate {
  const year = asOf.slice(0, 4);
  const inYear = (d: string | null) => d?.startsWith(`${year}-`) === true;
  const plannedList = projects.filter((p) => inYear(p.plannedStart));
  const planned = plannedList.length;
  const started = plannedList.filter((p) => p.actualStart !== null && p.actualStart <= asOf).length;
  const due = plannedList.filter((p) => (p.plannedStart ?? '') <= asOf).length;
  const startedUnplanned = projects.filter(
    (p) => !inYear(p.plannedStart) && inYear(p.actualStart) && (p.actualStart ?? '') <= asOf,
  ).length;
  const ratePercent = planned > 0 ? (started * 100) / planned : null;
  const explanation: Bilingual =
    ratePercent === null
      ? { zh: `${year}年没有计划新开工项目`, en: `no project is planned to start in ${year}` }
      : {
          zh: `${year}年计划新开工${planned}个,已开工${started}个,开工率${formatPercent(ratePercent)}%`,
          en: `${year}: ${started} of ${planned} projects planned to start have started, a start rate of ${formatPercent(ratePercent)}%`,
        };
  return { year: Number(year), planned, started, ratePercent, due, startedUnplanned, explanation };
}
