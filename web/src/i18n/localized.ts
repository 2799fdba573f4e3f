/**
 * Picking the reader's language out of the server's bilingual data: {zh, en} messages and
 * items that carry `name` (Chinese, as in the plan) and `nameEn`.
 */
import { useTranslation } from 'react-i18next';
import type { Bilingual } from '../../../src/contracts/issue';
import { unitAfterNumber, unitName } from '../../../src/contracts/units';

export interface Named {
  name: string;
  nameEn?: string | null;
}

export function useLocalized() {
  const { i18n } = useTranslation();
  const isEn = i18n.language === 'en';
  return {
    isEn,
    locale: isEn ? 'en' : 'zh-CN',
    text: (b: Bilingual | null | undefined): string => (b ? (isEn ? b.en : b.zh) : ''),
    name: (item: Named | null | undefined): string =>
      item ? (isEn && item.nameEn ? item.nameEn : item.name) : '',
    /** A unit's name in the reader's language (亿元 / 100 million yuan), from the unit catalogue. */
    unit: (symbol: string | null | undefined): string => (symbol ? unitName(symbol, isEn ? 'en' : 'zh') : ''),
  };
}

/** Numbers as the plan writes them: at most two decimals, grouped by the reader's locale. */
export function formatNumber(value: number | null | undefined, locale: string, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

/** A value with its unit: 106.52亿元 / 106.52 × 100 million yuan, 37%; names from the unit catalogue. */
export function formatValue(
  value: number | null | undefined,
  unit: string | null | undefined,
  locale: string,
): string {
  return withUnit(formatNumber(value, locale), unit, locale);
}

/**
 * A number, or a target as written (突破400, 5左右, [1.275]), with its unit placed after the figure:
 * 突破400亿元, 5%左右. Text that already names a unit or ends in words is left as the plan wrote it.
 */
export function withUnit(text: string, unit: string | null | undefined, locale: string): string {
  if (text === '—' || !unit || text.includes(unit)) return text;
  const figure = /^(.*\d\]?)(左右|以上|以下|以内)?$/.exec(text);
  if (!figure) return text;
  const after = unitAfterNumber(unit);
  return `${figure[1]}${locale === 'en' ? after.en : after.zh}${figure[2] ?? ''}`;
}

/** The five-year target as the plan writes it, with the unit when the words leave it out. */
export function targetText(
  indicator: { unit: string; target: { text: string; value: number | null } | null },
  locale: string,
): string {
  const { target, unit } = indicator;
  if (!target) return '—';
  return target.value === null ? target.text : withUnit(target.text, unit, locale);
}

const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–99 as the plan numbers its parts and chapters: 五, 十一, 二十四. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n < 10) return digits[n] ?? String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : (digits[tens] ?? '')}十${ones === 0 ? '' : (digits[ones] ?? '')}`;
}

/** Months a year-to-date figure of the period covers: 2023-09 → 9, 2023-Q3 → 9, 2023 → 12. */
export function periodMonths(period: string): number {
  const month = /^\d{4}-(\d{2})$/.exec(period);
  if (month) return Number(month[1]);
  const quarter = /^\d{4}-Q([1-4])$/.exec(period);
  if (quarter) return Number(quarter[1]) * 3;
  return 12;
}

/** 2023年 / 2023年第三季度 / 2023年9月, or 2023 / 2023 Q3 / 2023-09 in English. */
export function usePeriodLabel(): (period: string) => string {
  const { t } = useTranslation();
  const { isEn } = useLocalized();
  return (period) => {
    const year = period.slice(0, 4);
    const quarter = /-Q([1-4])$/.exec(period)?.[1];
    const month = /-(\d{2})$/.exec(period)?.[1];
    if (quarter) return t('period.quarter', { year, q: isEn ? quarter : chineseNumeral(Number(quarter)) });
    if (month) return t('period.month', { year, m: isEn ? month : Number(month) });
    return t('period.year', { year });
  };
}
