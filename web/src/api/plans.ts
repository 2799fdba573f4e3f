/**
 * Read queries of the plan pages: plans, summary, outline, indicators, one indicator, dashboard, units.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, withQuery } from './client';
import type {
  Dashboard,
  IndicatorList,
  IndicatorPage,
  OrgUnit,
  Outline,
  PlanListItem,
  PlanSummary,
} from './types';

const plan = (code: string) => `/api/plans/${encodeURIComponent(code)}`;

// Query options shared by the hooks and the first screen's prefetch (app/first-screen.ts): one key and
// one fetch per query, wherever it starts.
export const plansQuery = queryOptions({
  queryKey: ['plans'],
  queryFn: () => api.get<PlanListItem[]>('/api/plans'),
});

export const planSummaryQuery = (code: string) =>
  queryOptions({ queryKey: ['plan', code], queryFn: () => api.get<PlanSummary>(plan(code)) });

export const dashboardQuery = (code: string, asOf: string) =>
  queryOptions({
    queryKey: ['dashboard', code, asOf],
    queryFn: () => api.get<Dashboard>(withQuery(`${plan(code)}/dashboard`, { asOf })),
  });

export const unitsQuery = queryOptions({
  queryKey: ['units'],
  queryFn: () => api.get<OrgUnit[]>('/api/units'),
  staleTime: 5 * 60_000,
});

export function usePlans() {
  return useQuery(plansQuery);
}

export function usePlanSummary(code: string | null) {
  return useQuery({ ...planSummaryQuery(code ?? ''), enabled: code !== null });
}

export function useOutline(code: string) {
  return useQuery({
    queryKey: ['outline', code],
    queryFn: () => api.get<Outline>(`${plan(code)}/outline`),
    staleTime: 10 * 60_000,
  });
}

export function useDashboard(code: string, asOf: string | null) {
  return useQuery({ ...dashboardQuery(code, asOf ?? ''), enabled: asOf !== null });
}

export function useIndicators(code: string, asOf: string | null) {
  return useQuery({
    queryKey: ['indicators', code, asOf],
    queryFn: () => api.get<IndicatorList>(withQuery(`${plan(code)}/indicators`, { asOf })),
    enabled: asOf !== null,
  });
}

export function useIndicator(code: string, indicator: string, asOf: string | null) {
  return useQuery({
    queryKey: ['indicator', code, indicator, asOf],
    queryFn: () =>
      api.get<IndicatorPage>(
        withQuery(`${plan(code)}/indicators/${encodeURIComponent(indicator)}`, { asOf }),
      ),
    enabled: asOf !== null && indicator !== '',
  });
}

export function useUnits() {
  return useQuery(unitsQuery);
}
