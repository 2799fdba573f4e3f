/**
 * Finds plan packages: a folder path, or the code of a bundled plan under data/plans/.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DomainError } from '../../contracts/domain-error';
import type { PlanPackage } from '../../contracts/plan-package';
import { hasErrors, loadPlanPackage } from '../../io/importers/plan-package-load';

/** data/plans of this installation, whatever the working directory. */
export const bundledPlansDir = fileURLToPath(new URL('../../../data/plans/', import.meta.url));

export function resolvePlanDir(planOrDir: string, plansDir = bundledPlansDir): string {
  if (existsSync(planOrDir) && statSync(planOrDir).isDirectory()) return resolve(planOrDir);
  const bundled = join(plansDir, planOrDir);
  if (/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(planOrDir) && existsSync(join(bundled, 'plan.json')))
    return bundled;
  throw new DomainError('plan_not_found', {
    zh: `找不到规划「${planOrDir}」(既不是规划包目录,也不是 ${plansDir} 下的规划编号)`,
    en: `plan "${planOrDir}" not found (neither a package folder nor a plan code under ${plansDir})`,
  });
}

export function listBundledPlans(plansDir = bundledPlansDir): string[] {
  if (!existsSync(plansDir)) return [];
  return readdirSync(plansDir)
    .filter((name) => existsSync(join(plansDir, name, 'plan.json')))
    .sort();
}

/** Loads a plan and refuses one with errors: evaluating a broken package would mislead. */
export function openPlan(planOrDir: string): PlanPackage {
  const dir = resolvePlanDir(planOrDir);
  const { plan, issues } = loadPlanPackage(dir);
  if (!plan || hasErrors(issues)) {
    throw new DomainError(
      'plan_package_invalid',
      {
        zh: `规划包有错误,请先运行 lantu plan validate ${dir}`,
        en: `the plan package has errors; run lantu plan validate ${dir}`,
      },
      issues,
    );
  }
  return plan;
}
