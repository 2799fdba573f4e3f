/**
 * 所需进度 in words: a growth rate (需年均增长 X%), percentage points for indicators measured in %
 * (需每年提高 X 个百分点), or an amount in the indicator's unit (需每年 X 家).
 */
import type { TFunction } from 'i18next';
import type { RequiredPace } from '../../../src/contracts/evaluation-api';
import { formatNumber } from '../i18n/localized';

export function paceText(
  t: TFunction,
  pace: RequiredPace | null,
  unit: string,
  locale: string,
): string | null {
  if (!pace) return null;
  const value = formatNumber(pace.value, locale);
  if (pace.basis === 'percent_per_year') return t('indicator.paceGrowth', { value });
  return unit === '%' ? t('indicator.pacePoints', { value }) : t('indicator.paceAmount', { value, unit });
}
