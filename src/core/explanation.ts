/**
 * One-line explanations a reader can check by hand (evaluation.md §Status):
 * "2023年实际128.6亿元,按2020年83.14亿元至2025年160亿元(年均增长13.99%)序时应达123.1亿元,进度比1.11,快于预期".
 * Figures as given keep their digits, computed ones are rounded (number-format.ts).
 */
import type { Bilingual } from './evaluation-result';
import { formatGiven, formatPercent, formatRatio, formatValue, withUnit } from './number-format';

type Line = Bilingual;

function given(x: number, unit: string): Line {
  return withUnit(formatGiven(x), unit);
}

function computed(x: number, unit: string): Line {
  return withUnit(formatValue(x), unit);
}

function span(from: number, to: number): Line {
  return from === to ? { zh: `${to}年`, en: String(to) } : { zh: `${from}–${to}年`, en: `${from}–${to}` };
}

export function levelPathLine(a: {
  when: Line;
  actual: number;
  unit: string;
  base: number;
  baseWhen: Line;
  target: number;
  targetYear: number;
  /** Annual growth of a compound path in %, null for a straight line. */
  growth: number | null;
  expected: number;
  /** Null when the value left the ratio's domain (a non-positive value on a compound path). */
  ratio: number | null;
  status: Line;
}): Line {
  const A = given(a.actual, a.unit);
  const B = given(a.base, a.unit);
  const T = given(a.target, a.unit);
  const E = computed(a.expected, a.unit);
  const rZh = a.ratio === null ? '' : `,进度比${formatRatio(a.ratio)}`;
  const rEn = a.ratio === null ? '' : `; ratio ${formatRatio(a.ratio)}`;
  const howZh = a.growth === null ? '(线性推进)' : `(年均增长${formatPercent(a.growth)}%)`;
  const howEn = a.growth === null ? ', straight line' : `, ${formatPercent(a.growth)}% a year`;
  return {
    zh: `${a.when.zh}实际${A.zh},按${a.baseWhen.zh}${B.zh}至${a.targetYear}年${T.zh}${howZh}序时应达${E.zh}${rZh},${a.status.zh}`,
    en: `${a.when.en} actual ${A.en}; expected ${E.en} on the path from ${formatGiven(a.base)} (${a.baseWhen.en}) to ${formatGiven(a.target)} (${a.targetYear})${howEn}${rEn}; ${a.status.en}`,
  };
}

/** The latest value against the final target: met (achieved) or, for a limit, not met. */
export function targetLine(a: {
  when: Line;
  label: Line;
  actual: string;
  unit: string;
  targetYear: number;
  targetText: string;
  met: boolean;
  status: Line;
}): Line {
  const A = withUnit(a.actual, a.unit);
  return a.met
    ? {
        zh: `${a.when.zh}${a.label.zh}${A.zh},已达到${a.targetYear}年目标(${a.targetText}),${a.status.zh}`,
        en: `${a.when.en} ${a.label.en} ${A.en}; meets the ${a.targetYear} target (${a.targetText}); ${a.status.en}`,
      }
    : {
        zh: `${a.when.zh}${a.label.zh}${A.zh},未达到${a.targetYear}年目标(${a.targetText}),${a.status.zh}`,
        en: `${a.when.en} ${a.label.en} ${A.en}; does not meet the ${a.targetYear} target (${a.targetText}); ${a.status.en}`,
      };
}

export function yearToDateLine(a: {
  when: Line;
  actual: number;
  unit: string;
  year: number;
  annualTarget: number;
  months: number;
  expected: number;
  ratio: number;
  status: Line;
}): Line {
  const A = given(a.actual, a.unit);
  const AT = computed(a.annualTarget, a.unit);
  const E = computed(a.expected, a.unit);
  const r = formatRatio(a.ratio);
  return {
    zh: `${a.when.zh}累计${A.zh},按${a.year}年目标${AT.zh}的${a.months}/12序时应达${E.zh},进度比${r},${a.status.zh}`,
    en: `${a.when.en} year to date ${A.en}; expected ${E.en} (${a.months}/12 of the ${a.year} target ${AT.en}); ratio ${r}; ${a.status.en}`,
  };
}

export function growthLine(a: { when: Line; growth: number; target: number; status: Line }): Line {
  const gap = a.growth - a.target;
  const pp = formatPercent(Math.abs(gap));
  const move = growthWords(a.growth);
  const g = formatPercent(a.target);
  const vsZh =
    gap === 0 ? `与年度目标(${g}%)持平` : `${gap > 0 ? '高于' : '低于'}年度目标(${g}%)${pp}个百分点`;
  const vsEn =
    gap === 0
      ? `level with the annual target of ${g}%`
      : `${pp} pp ${gap > 0 ? 'above' : 'below'} the annual target of ${g}%`;
  return {
    zh: `${a.when.zh}同比${move.zh},${vsZh},${a.status.zh}`,
    en: `${a.when.en} ${move.en} year on year, ${vsEn}; ${a.status.en}`,
  };
}

export function rateLine(a: {
  fromYear: number;
  toYear: number;
  mean: number;
  target: number;
  ratio: number | null;
  status: Line;
}): Line {
  const when = span(a.fromYear, a.toYear);
  const many = a.fromYear !== a.toYear;
  const r = a.ratio === null ? null : formatRatio(a.ratio);
  const move = growthWords(a.mean);
  return {
    zh: `${when.zh}${many ? '年均' : ''}${move.zh}${many ? '(几何平均)' : ''},目标${formatPercent(a.target)}%${r === null ? '' : `,进度比${r}`},${a.status.zh}`,
    en: `${when.en} ${many ? 'average ' : ''}${move.en}${many ? ' a year (geometric mean)' : ''} against a target of ${formatPercent(a.target)}%${r === null ? '' : `; ratio ${r}`}; ${a.status.en}`,
  };
}

export function cumulativeLine(a: {
  fromYear: number;
  to: Line;
  sum: number;
  unit: string;
  total: number;
  expected: number;
  byAnnualTargets: boolean;
  ratio: number;
  status: Line;
}): Line {
  const S = computed(a.sum, a.unit);
  const T = given(a.total, a.unit);
  const E = computed(a.expected, a.unit);
  const r = formatRatio(a.ratio);
  const howZh = a.byAnnualTargets ? '按各年目标合计' : `按五年累计目标${T.zh}序时`;
  const howEn = a.byAnnualTargets
    ? 'the sum of the annual targets'
    : `the five-year total ${T.en} at the time-elapsed pace`;
  return {
    zh: `${a.fromYear}年至${a.to.zh}累计${S.zh},${howZh}应达${E.zh},进度比${r},${a.status.zh}`,
    en: `${a.fromYear} to ${a.to.en} total ${S.en}; expected ${E.en} (${howEn}); ratio ${r}; ${a.status.en}`,
  };
}

export function relativeLine(a: {
  when: Line;
  average: boolean;
  own: number;
  related: number;
  relatedName: string;
  gapPoints: number;
  status: Line;
}): Line {
  const gap = a.own - a.related;
  const pp = formatPercent(Math.abs(gap));
  const avgZh = a.average ? '年均' : '';
  const avgEn = a.average ? ' a year on average' : '';
  const vsZh = gap === 0 ? '二者持平' : `${gap > 0 ? '快' : '慢'}${pp}个百分点`;
  const vsEn = gap === 0 ? 'level' : `${pp} pp ${gap > 0 ? 'faster' : 'slower'}`;
  return {
    zh: `${a.when.zh}${avgZh}增长${formatPercent(a.own)}%,${a.relatedName}${avgZh}增长${formatPercent(a.related)}%,${vsZh}(同步区间±${formatPercent(a.gapPoints)}个百分点),${a.status.zh}`,
    en: `${a.when.en} ${formatPercent(a.own)}%${avgEn} against ${formatPercent(a.related)}% for ${a.relatedName}: ${vsEn} (in step within ±${formatPercent(a.gapPoints)} pp); ${a.status.en}`,
  };
}

export function assignedLine(a: {
  fromYear: number;
  toYear: number;
  achieved: number;
  assigned: number;
  lastValue: number;
  lastTarget: number;
  ratio: number;
  status: Line;
}): Line {
  const when = span(a.fromYear, a.toYear);
  const r = formatRatio(a.ratio);
  return {
    zh: `${when.zh}累计完成${formatPercent(a.achieved)}%,同期下达目标累计${formatPercent(a.assigned)}%,进度比${r};${a.toYear}年完成${formatGiven(a.lastValue)}%(下达${formatGiven(a.lastTarget)}%),${a.status.zh}`,
    en: `${when.en} compounded ${formatPercent(a.achieved)}% against ${formatPercent(a.assigned)}% assigned; ratio ${r}; ${a.toYear}: ${formatGiven(a.lastValue)}% (assigned ${formatGiven(a.lastTarget)}%); ${a.status.en}`,
  };
}

function growthWords(rate: number): Line {
  return rate < 0
    ? { zh: `下降${formatPercent(-rate)}%`, en: `down ${formatPercent(-rate)}%` }
    : { zh: `增长${formatPercent(rate)}%`, en: `up ${formatPercent(rate)}%` };
}
