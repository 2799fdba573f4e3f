/**
 * Indicator names in the reader's language. Some answers (dashboard, inbox, warnings) carry only the
 * Chinese name; in English the indicator list supplies nameEn (fetched only when English is chosen).
 */
import { useIndicators } from '../api/plans';
import { useLocalized } from '../i18n/localized';
import { useAsOf, usePlan } from '../state/plan-context';

export function useIndicatorNames(): (code: string, chineseName: string) => string {
  const { code } = usePlan();
  const { asOf } = useAsOf();
  const { isEn } = useLocalized();
  const list = useIndicators(code, isEn ? asOf : null).data?.indicators ?? [];
  const english = new Map(list.map((i) => [i.code, i.nameEn]));
  return (indicator, chineseName) => (isEn ? (english.get(indicator) ?? chineseName) : chineseName);
}
