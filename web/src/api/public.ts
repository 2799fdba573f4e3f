/**
 * 信息公开: what the public portal reads — plans marked public and their published data only
 * (dataset=published, the same view a visitor without an account gets). The indicator list and page
 * add names, units, targets and the chart where the server serves them to visitors; the portal shows
 * the evaluation without them otherwise.
 */
import { useQuery } from '@tanstack/react-query';
import type { PlanEvaluation } from '../../../src/contracts/evaluation-api';
import { api, withQuery } from './client';
import type { IndicatorList, IndicatorPage, PlanListItem, PlanSummary } from './types';

export type PublicEvaluation = PlanEvaluation & { dataset: { layers: string[]; demo: boolean } };

const plan = (code: string) => `/api/plans/${encodeURIComponent(code)}`;
const published = { dataset: 'published' } as const;

export function usePublicPlans() {
  return useQuery({
    queryKey: ['public', 'plans'],
    queryFn: async () => (await api.get<PlanListItem[]>('/api/plans')).filter((p) => p.isPublic),
  });
}

export function usePublicSummary(code: string | null) {
  return useQuery({
    queryKey: ['public', 'plan', code],
    queryFn: () => api.get<PlanSummary>(plan(code ?? '')),
    enabled: code !== null,
  });
}

/** The whole evaluation: statuses, roll-ups and headline, without names (served to anyone). */
export function usePublicEvaluation(code: string | null, asOf: string | null) {
  return useQuery({
    queryKey: ['public', 'evaluation', code, asOf],
    queryFn: () =>
      api.get<PublicEvaluation>(withQuery(`${plan(code ?? '')}/evaluation`, { asOf, ...published })),
    enabled: code !== null && asOf !== null,
  });
}

export function usePublicIndicators(code: string | null, asOf: string | null) {
  return useQuery({
    queryKey: ['public', 'indicators', code, asOf],
    queryFn: () =>
      api.get<IndicatorList>(withQuery(`${plan(code ?? '')}/indicators`, { asOf, ...published })),
    enabled: code !== null && asOf !== null,
  });
}

export function usePublicIndicator(code: string | null, indicator: string | null, asOf: string | null) {
  return useQuery({
    queryKey: ['public', 'indicator', code, indicator, asOf],
    queryFn: () =>
      api.get<IndicatorPage>(
        withQuery(`${plan(code ?? '')}/indicators/${encodeURIComponent(indicator ?? '')}`, {
          asOf,
          ...published,
        }),
      ),
    enabled: code !== null && indicator !== null && asOf !== null,
  });
}
