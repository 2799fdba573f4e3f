/**
 * The plan every page works on: the one chosen last time (remembered), else the first the API lists.
 * Pages below the provider get the plan's code and summary without null checks.
 */
import { Alert } from 'antd';
import { createContext, type ReactNode, useContext, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { usePlanSummary, usePlans } from '../api/plans';
import type { PlanListItem, PlanSummary } from '../api/types';
import { ErrorAlert } from '../components/ErrorAlert';
import { PageSpin } from '../components/PageSpin';

interface PlanContextValue {
  code: string;
  summary: PlanSummary;
  plans: PlanListItem[];
  choose(code: string): void;
}

const PlanContext = createContext<PlanContextValue | null>(null);
const storageKey = 'lantu.plan';

function remembered(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

export function PlanProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const plans = usePlans();
  const [chosen, setChosen] = useState<string | null>(remembered);
  const list = plans.data ?? [];
  const code = list.find((p) => p.code === chosen)?.code ?? list[0]?.code ?? null;
  const summary = usePlanSummary(code);
  if (plans.error) return <ErrorAlert error={plans.error} />;
  if (summary.error) return <ErrorAlert error={summary.error} />;
  if (plans.isSuccess && code === null) return <Alert type="info" showIcon title={t('plan.none')} />;
  if (!code || !summary.data) return <PageSpin />;
  const choose = (next: string) => {
    setChosen(next);
    try {
      localStorage.setItem(storageKey, next);
    } catch {
      // Storage may be refused; the choice holds for this visit.
    }
  };
  return (
    <PlanContext.Provider value={{ code, summary: summary.data, plans: list, choose }}>
      {children}
    </PlanContext.Provider>
  );
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
