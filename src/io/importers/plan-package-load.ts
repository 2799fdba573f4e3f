/**
 * Loads a plan package folder: every file through its schema, then the cross-file rules.
 * Collects all problems (not the first only), so a person fixing a package sees the whole list.
 */
import type { z } from 'zod';
import type { InputIssue } from '../../contracts/issue';
import {
  annualTargetsFileSchema,
  columnsFileSchema,
  indicatorsFileSchema,
  type ObservationsFile,
  observationsFileSchema,
  outlineSchema,
  type PlanPackage,
  planMetaSchema,
  projectsFileSchema,
  unitsFileSchema,
} from '../../contracts/plan-package';
import { tasksFileSchema } from '../../contracts/task-package';
import { zodIssuesToInputIssues } from '../../contracts/zod-issues';
import { observationFilePattern, readPackageFiles } from '../plan-package/read-package-files';
import { checkPackageRules } from './plan-package-rules';
import { checkTaskRules } from './task-package-rules';

export interface PackageLoadResult {
  /** Present when the files parsed, even if rules found problems (so `plan show` can still show it). */
  plan: PlanPackage | null;
  issues: InputIssue[];
}

const requiredFiles = ['plan.json', 'outline.json', 'indicators.json'] as const;

/** Names an array element by its code or id, so messages say "T04" rather than "indicators[3]". */
function locateByCode(
  path: readonly PropertyKey[],
  json: unknown,
): { item: string | null; consumed: number } {
  const [list, index] = path;
  if (typeof list === 'string' && typeof index === 'number') {
    const element = (json as Record<string, unknown[]> | null)?.[list]?.[index] as
      | Record<string, unknown>
      | undefined;
    const key = element?.code ?? element?.id;
    const name = typeof key === 'string' && key ? key : `#${index + 1}`;
    return { item: `${list}[${index}] ${name}`, consumed: 2 };
  }
  return { item: null, consumed: 0 };
}

function parseFile<S extends z.ZodType>(
  files: Map<string, unknown>,
  name: string,
  schema: S,
  issues: InputIssue[],
): z.infer<S> | null {
  if (!files.has(name)) return null;
  const json = files.get(name);
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  issues.push(...zodIssuesToInputIssues(result.error, name, (path) => locateByCode(path, json)));
  return null;
}

export function loadPlanPackage(dir: string): PackageLoadResult {
  const { json, issues } = readPackageFiles(dir);
  if (issues.some((i) => i.code === 'package_not_found')) return { plan: null, issues };
  return checkPackageJson(json, issues);
}

/**
 * The same checks on files already in memory (file name → parsed JSON), e.g. a draft being reviewed:
 * every file through its schema, then the cross-file rules. `issues` may hold problems found earlier.
 */
export function checkPackageJson(json: Map<string, unknown>, issues: InputIssue[] = []): PackageLoadResult {
  for (const name of requiredFiles) {
    if (!json.has(name) && !issues.some((i) => i.file === name)) {
      issues.push({
        file: name,
        item: null,
        field: null,
        code: 'file_missing',
        severity: 'error',
        message: { zh: '缺少必需文件', en: 'required file is missing' },
      });
    }
  }

  const meta = parseFile(json, 'plan.json', planMetaSchema, issues);
  const outline = parseFile(json, 'outline.json', outlineSchema, issues);
  const indicators = parseFile(json, 'indicators.json', indicatorsFileSchema, issues);
  const annualTargets = parseFile(json, 'annual-targets.json', annualTargetsFileSchema, issues);
  const columns = parseFile(json, 'columns.json', columnsFileSchema, issues);
  const projects = parseFile(json, 'projects.json', projectsFileSchema, issues);
  const units = parseFile(json, 'units.json', unitsFileSchema, issues);
  const tasks = parseFile(json, 'tasks.json', tasksFileSchema, issues);
  const observationSets: (ObservationsFile & { file: string })[] = [];
  for (const name of json.keys()) {
    if (!observationFilePattern.test(name)) continue;
    const set = parseFile(json, name, observationsFileSchema, issues);
    if (set) observationSets.push({ ...set, file: name });
  }

  if (!meta || !outline || !indicators) return { plan: null, issues };
  const plan: PlanPackage = {
    meta,
    outline: outline.nodes,
    indicators: indicators.indicators,
    annualTargets: annualTargets?.annualTargets ?? [],
    columns: columns?.columns ?? [],
    projects: projects?.projects ?? [],
    units: units?.units ?? [],
    ...(tasks ? { tasks: tasks.tasks } : {}),
    observationSets,
  };
  issues.push(...checkPackageRules(plan), ...checkTaskRules(plan));
  return { plan, issues };
}

export function hasErrors(issues: readonly InputIssue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}
