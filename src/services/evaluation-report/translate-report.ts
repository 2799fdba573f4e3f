/**
 * Report phrases and the shared status/trend/attribute names in one language, plus the small
 * formatting rules every section shares (section numbers, lists joined the Chinese way).
 */
import { achievedName } from '../../core';
import type { IndicatorEvaluation } from '../../core/evaluation-result';
import { parsePeriod } from '../../core/period';
import { t } from '../../i18n/translate';
import type { ReportLang } from '../../io/report-model/report-input';
import { type ReportTextKey, reportTextZh } from './report-text';
import { reportTextEn } from './report-text-en';

const catalogues: Record<ReportLang, Record<ReportTextKey, string>> = { zh: reportTextZh, en: reportTextEn };

export function rt(
  lang: ReportLang,
  key: ReportTextKey,
  params: Record<string, string | number> = {},
): string {
  return catalogues[lang][key].replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * 提前实现 before the target year and 已实现 from it on (docs/methodology.md §4); the other statuses
 * by the names of the shared catalogue.
 */
export function statusLabel(lang: ReportLang, r: IndicatorEvaluation, targetYear: number): string {
  if (r.status !== 'achieved') return t(lang, `status.${r.status}`);
  const dataYear = r.actualPeriod === null ? null : parsePeriod(r.actualPeriod)?.year;
  return achievedName(dataYear ?? targetYear, targetYear)[lang];
}

export function verdictLabel(lang: ReportLang, r: IndicatorEvaluation): string {
  return r.trend.verdict === null ? '—' : t(lang, `trend.${r.trend.verdict}`);
}

const zhNumbers = [
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
  '十三',
  '十四',
];

/** 一、二、… in Chinese, 1. 2. … in English: the numbering of level-1 headings. */
export function sectionNumber(lang: ReportLang, n: number): string {
  return lang === 'zh' ? `${zhNumbers[n - 1] ?? n}、` : `${n}. `;
}

/** 一 二 三 for （一）（二）; 1 2 3 in English. */
export function subNumber(lang: ReportLang, n: number): string {
  return lang === 'zh' ? (zhNumbers[n - 1] ?? String(n)) : String(n);
}

/** 、 between Chinese items, a comma in English. */
export function joinList(lang: ReportLang, items: readonly string[]): string {
  return items.join(lang === 'zh' ? '、' : ', ');
}
