/**
 * The bundled Hebi package, loaded once per test file: the real plan the importers must serve.
 */
import { fileURLToPath } from 'node:url';
import type { PlanPackage } from '../../../contracts/plan-package';
import { loadPlanPackage } from '../plan-package-load';

export const hebiDir = fileURLToPath(new URL('../../../../data/plans/hebi-etdz-14th/', import.meta.url));

let cached: PlanPackage | null = null;

export function hebiPlan(): PlanPackage {
  if (cached) return cached;
  const { plan } = loadPlanPackage(hebiDir);
  if (!plan) throw new Error('the bundled Hebi package does not load');
  cached = plan;
  return plan;
}

/**
 * The Hebi package as its plan workbook carries it: everything but the key tasks, which travel as
 * tasks.json and as the 分工方案 (docs/tasks.md), not as a sheet of the plan workbook.
 */
export function hebiPlanWithoutTasks(): PlanPackage {
  const { tasks: _tasks, ...plan } = hebiPlan();
  return plan;
}
