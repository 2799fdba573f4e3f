/**
 * Writes a plan package as a folder of JSON files — the form `plan validate` and the catalogue read —
 * so a workbook imported once becomes an ordinary package. Refuses to overwrite a folder that already
 * holds a package: nothing is overwritten (architecture.md rule 6).
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '../../contracts/domain-error';
import type { PlanPackage } from '../../contracts/plan-package';

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** File name → content, in the layout of docs/plan-package.md. */
export function packageFiles(pkg: PlanPackage): Map<string, string> {
  const files = new Map<string, string>([
    ['plan.json', json(pkg.meta)],
    ['outline.json', json({ nodes: pkg.outline })],
    ['indicators.json', json({ indicators: pkg.indicators })],
    ['annual-targets.json', json({ annualTargets: pkg.annualTargets })],
    ['columns.json', json({ columns: pkg.columns })],
    ['projects.json', json({ projects: pkg.projects })],
    ['units.json', json({ units: pkg.units })],
  ]);
  if (pkg.tasks) files.set('tasks.json', json({ tasks: pkg.tasks }));
  for (const { file, ...set } of pkg.observationSets) files.set(file, json(set));
  return files;
}

export function writePlanPackageFolder(pkg: PlanPackage, dir: string): string[] {
  if (existsSync(dir) && readdirSync(dir).some((name) => name.endsWith('.json'))) {
    throw new DomainError('package_exists', {
      zh: `目录 ${dir} 中已有规划包文件,请换一个空目录`,
      en: `${dir} already holds package files; choose an empty folder`,
    });
  }
  mkdirSync(dir, { recursive: true });
  const files = packageFiles(pkg);
  for (const [name, content] of files) writeFileSync(join(dir, name), content);
  return [...files.keys()];
}
