/**
 * One-line explanations a reader can check by hand (evaluation.md §Status):
 * "2023年实际128.6亿元,按2020年83.14亿元至2025年160亿元(年均增长13.99%)序时应达123.1亿元,进度比1.11,快于预期".
 * Figures as given keep their digits, computed ones are rounded (number-format.ts). Each figure is
 * formatted once for both languages and its unit written straight after it (unitSuffix): building
 * these lines is most of the cost of a result once the data are read (bench `evaluate`).
 */
import type { Bilingual } from './evaluation-result';
import { formatGiven, formatPercent, formatRatio, formatValue, unitSuffix } from './number-format';

type Line = Bilingual;

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
  const u = unitSuffix(a.unit);
  const A = formatGiven(a.actual);
  const base = formatGiven(a.base);
  const target = formatGiven(a.target);
  const E = formatValue(a.expected);
  const r = a.ratio === null ? null : formatRatio(a.ratio);
  const g = a.growth === null ? null : formatPercent(a.growth);
  const rZh = r === null ? '' : `,进度比${r}`;
  const rEn = r === null ? '' : `; ratio ${r}`;
  const howZh = g === null ? '(线性推进)' : `(年均增长${g}%)`;
  const howEn = g === null ? ', straight line' : `, ${g}% a year`;
  return {
    zh: `${a.when.zh}实际${A}${u.zh},按${a.baseWhen.zh}${base}${u.zh}至${a.targetYear}年${target}${u.zh}${howZh}序时应达${E}${u.zh}${rZh},${a.status.zh}`,
    en: `${a.when.en} actual ${A}${u.en}; expected ${E}${u.en} on the path from ${base} (${a.baseWhen.en}) to ${target} (${a.targetYear})${howEn}${rEn}; ${a.status.en}`,
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
  const u = unitSuffix(a.unit);
  return a.met
    ? {
        zh: `${a.when.zh}${a.label.zh}${a.actual}${u.zh},已达到${a.targetYear}年目标(${a.targetText}),${a.status.zh}`,
        en: `${a.when.en} ${a.label.en} ${a.actual}${u.en}; meets the ${a.targetYear} target (${a.targetText}); ${a.status.en}`,
      }
    : {
        zh: `${a.when.zh}${a.label.zh}${a.actual}${u.zh},未达到${a.targetYear}年目标(${a.targetText}),${a.status.zh}`,
        en: `${a.when.en} ${a.label.en} ${a.actual}${u.en}; does not meet the ${a.targetYear} target (${a.targetText}); ${a.status.en}`,
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
  const u = unitSuffix(a.unit);
  const A = formatGiven(a.actual);
  const AT = formatValue(a.annualTarget);
  const E = formatValue(a.expected);
  const r = formatRatio(a.ratio);
  return {
    zh: `${a.when.zh}累计${A}${u.zh},按${a.year}年目标${AT}${u.zh}的${a.months}/12序时应达${E}${u.zh},进度比${r},${a.status.zh}`,
    en: `${a.when.en} year to date ${A}${u.en}; expected ${E}${u.en} (${a.months}/12 of the ${a.year} target ${AT}${u.en}); ratio ${r}; ${a.status.en}`,
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
  const g = formatPercent(a.target);
  return {
    zh: `${when.zh}${many ? '年均' : ''}${move.zh}${many ? '(几何平均)' : ''},目标${g}%${r === null ? '' : `,进度比${r}`},${a.status.zh}`,
    en: `${when.en} ${many ? 'average ' : ''}${move.en}${many ? ' a year (geometric mean)' : ''} against a target of ${g}%${r === null ? '' : `; ratio ${r}`}; ${a.status.en}`,
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
  const u = unitSuffix(a.unit);
  const S = formatValue(a.sum);
  const T = a.byAnnualTargets ? '' : formatGiven(a.total);
  const E = formatValue(a.expected);
  const r = formatRatio(a.ratio);
  const howZh = a.byAnnualTargets ? '按各年目标合计' : `按五年累计目标${T}${u.zh}序时`;
  const howEn = a.byAnnualTargets
    ? 'the sum of the annual targets'
    : `the five-year total ${T}${u.en} at the time-elapsed pace`;
  return {
    zh: `${a.fromYear}年至${a.to.zh}累计${S}${u.zh},${howZh}应达${E}${u.zh},进度比${r},${a.status.zh}`,
    en: `${a.fromYear} to ${a.to.en} total ${S}${u.en}; expected ${E}${u.en} (${howEn}); ratio ${r}; ${a.status.en}`,
  };
}

export function relativeLine(a: {
  when: Line;
  average: boolean;
  own: number;
  related: number;
  relatedName: string;
  gapPoints: number;
  relation: 'above' | 'in_step' | 'not_below';
  status: Line;
}): Line {
  const gap = a.own - a.related;
  const pp = formatPercent(Math.abs(gap));
  const avgZh = a.average ? '年均' : '';
  const avgEn = a.average ? ' a year on average' : '';
  const vsZh = gap === 0 ? '二者持平' : `${gap > 0 ? '快' : '慢'}${pp}个百分点`;
  const vsEn = gap === 0 ? 'level' : `${pp} pp ${gap > 0 ? 'faster' : 'slower'}`;
  const own = formatPercent(a.own);
  const related = formatPercent(a.related);
  const band = formatPercent(a.gapPoints);
  const ruleZh = {
    above: `目标为高于,快出${band}个百分点以上为快于预期`,
    not_below: `目标为不低于,快出${band}个百分点以上为快于预期`,
    in_step: `同步区间±${band}个百分点`,
  }[a.relation];
  const ruleEn = {
    above: `target: above; more than ${band} pp faster is ahead`,
    not_below: `target: not below; more than ${band} pp faster is ahead`,
    in_step: `in step within ±${band} pp`,
  }[a.relation];
  return {
    zh: `${a.when.zh}${avgZh}增长${own}%,${a.relatedName}${avgZh}增长${related}%,${vsZh}(${ruleZh}),${a.status.zh}`,
    en: `${a.when.en} ${own}%${avgEn} against ${related}% for ${a.relatedName}: ${vsEn} (${ruleEn}); ${a.status.en}`,
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
  const achieved = formatPercent(a.achieved);
  const assigned = formatPercent(a.assigned);
  const lastValue = formatGiven(a.lastValue);
  const lastTarget = formatGiven(a.lastTarget);
  return {
    zh: `${when.zh}累计完成${achieved}%,同期下达目标累计${assigned}%,进度比${r};${a.toYear}年完成${lastValue}%(下达${lastTarget}%),${a.status.zh}`,
    en: `${when.en} compounded ${achieved}% against ${assigned}% assigned; ratio ${r}; ${a.toYear}: ${lastValue}% (assigned ${lastTarget}%); ${a.status.en}`,
  };
}

function growthWords(rate: number): Line {
  const size = formatPercent(rate < 0 ? -rate : rate);
  return rate < 0 ? { zh: `下降${size}%`, en: `down ${size}%` } : { zh: `增长${size}%`, en: `up ${size}%` };
}
