/**
 * Project money as the plan office writes it: 万元 in tables (the API's unit), 亿元 for totals large
 * enough that 万元 would need eight digits (1 亿元 = 10,000 万元).
 */
import { formatNumber, withUnit } from '../../i18n/localized';

export function wan(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined) return '—';
  return withUnit(formatNumber(value, locale), '万元', locale);
}

export function yi(valueWan: number | null | undefined, locale: string): string {
  if (valueWan === null || valueWan === undefined) return '—';
  return withUnit(formatNumber(valueWan / 10_000, locale), '亿元', locale);
}
