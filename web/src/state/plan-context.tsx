/**
 * The plan every page works on: the one chosen last time (remembered), else the first the API lists.
 * Pages below the provider (app/PlanProvider.tsx) get the plan's code and summary without null checks.
 */
import { createContext, useContext } from 'react';
import { useSearchParams } from 'react-router';
import type { PlanListItem, PlanSummary } from '../api/types';

export interface PlanContextValue {
  code: string;
  summary: PlanSummary;
  plans: PlanListItem[];
  choose(code: string): void;
}

export const PlanContext = createContext<PlanContextValue | null>(null);
export const planStorageKey = 'lantu.plan';

/** The plan chosen last time on this browser, if storage allows. */
export function rememberedPlan(): string | null {
  try {
    return localStorage.getItem(planStorageKey);
  } catch {
    return null;
  }
}

export function usePlan(): PlanContextValue {
  const value = useContext(PlanContext);
  if (!value) throw new Error('usePlan outside PlanProvider');
  return value;
}

/** The evaluation date: ?asOf= in the address (shareable), else the API's defaultAsOf. */
export function useAsOf(): { asOf: string; years: number[]; setAsOf(year: string): void } {
  const { summary } = usePlan();
  const [params, setParams] = useSearchParams();
  const years: number[] = [];
  for (let y = summary.baseYear + 1; y <= summary.targetYear; y += 1) years.push(y);
  const asOf = params.get('asOf') ?? summary.defaultAsOf;
  const setAsOf = (year: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set('asOf', year);
        return next;
      },
      { replace: true },
    );
  return { asOf, years, setAsOf };
}
