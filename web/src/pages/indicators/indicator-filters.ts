/**
 * The indicator list's filters, kept in the address so the list comes back as it was after
 * visiting an indicator and can be shared.
 */
import { useSearchParams } from 'react-router';
import type { IndicatorRowView } from '../../api/types';

export const filterKeys = ['category', 'attribute', 'status', 'unit', 'source', 'q'] as const;
export type FilterKey = (typeof filterKeys)[number];
export type Filters = Partial<Record<FilterKey, string>>;

export function useIndicatorFilters(): [Filters, (key: FilterKey, value: string | undefined) => void] {
  const [params, setParams] = useSearchParams();
  const filters: Filters = {};
  for (const key of filterKeys) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  const set = (key: FilterKey, value: string | undefined) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  return [filters, set];
}

export function applyFilters(rows: IndicatorRowView[], f: Filters): IndicatorRowView[] {
  const q = f.q?.trim().toLowerCase();
  return rows.filter(
    (r) =>
      (!f.category || r.category === f.category) &&
      (!f.attribute || r.attribute === f.attribute) &&
      (!f.status || r.evaluation.status === f.status) &&
      (!f.unit || r.lead === f.unit || r.co.includes(f.unit)) &&
      (!f.source || r.source === f.source) &&
      (!q || [r.code, r.name, r.nameEn].some((s) => s.toLowerCase().includes(q))),
  );
}
