/**
 * Name and unit of a reported item — an indicator, a task (a chapter) or a project — for lists that
 * carry only codes, such as the review queue.
 */
import { useIndicators, useOutline } from '../api/plans';
import type { Report } from '../api/types';
import { useLocalized } from '../i18n/localized';
import { useAsOf, usePlan } from '../state/plan-context';

export interface ItemInfo {
  name: string;
  unit: string | null;
}

export function useItemInfo(): (itemType: Report['itemType'], code: string) => ItemInfo {
  const { code: plan } = usePlan();
  const { asOf } = useAsOf();
  const { name } = useLocalized();
  const indicators = useIndicators(plan, asOf).data?.indicators ?? [];
  const outline = useOutline(plan).data;
  return (itemType, code) => {
    if (itemType === 'indicator') {
      const indicator = indicators.find((i) => i.code === code);
      return { name: indicator ? name(indicator) : code, unit: indicator?.unit ?? null };
    }
    if (itemType === 'task') {
      return { name: outline?.outline.find((n) => n.id === code)?.title ?? code, unit: null };
    }
    // A project report is its 1–N月累计完成投资, in 万元 (docs/projects.md §3).
    return { name: outline?.projects.find((p) => p.code === code)?.name ?? code, unit: '万元' };
  };
}
