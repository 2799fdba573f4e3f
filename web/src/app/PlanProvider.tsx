/**
 * Provides the plan every page works on (state/plan-context.tsx): it waits for the plan list and the
 * chosen plan's summary, and shows why when either fails.
 */
import { Alert } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlanSummary, usePlans } from '../api/plans';
import { ErrorAlert } from '../components/ErrorAlert';
import { PageSpin } from '../components/PageSpin';
import { PlanContext, planStorageKey, rememberedPlan } from '../state/plan-context';

export function PlanProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const plans = usePlans();
  const [chosen, setChosen] = useState<string | null>(rememberedPlan);
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
      localStorage.setItem(planStorageKey, next);
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
