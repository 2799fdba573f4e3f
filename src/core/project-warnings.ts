/**
 * 预警 for stuck projects, as data like the indicator warnings (docs/projects.md §6):
 * - behind 序时进度 by more than the margin (default 10 percentage points): yellow, red beyond twice it;
 * - planned start passed without starting (计划开工未开工): yellow;
 * - a milestone past its planned date without an actual date: yellow;
 * - a problem past its deadline and not closed (红灯): red.
 */
import type { Bilingual, WarningLevel } from './evaluation-result';
import { daysBetween, problemLight } from './problem-light';
import { type ProblemCategory, problemCategoryNames } from './project-codes';
import type { AnnualCompletion } from './project-progress';
import { monthPeriod } from './project-progress';
import { isStarted, type ProjectStage, stageNames } from './project-stage';

export type ProjectWarningType =
  | 'project_behind_pace'
  | 'project_start_overdue'
  | 'milestone_overdue'
  | 'problem_overdue';

export interface ProjectWarning {
  type: ProjectWarningType;
  level: Exclude<WarningLevel, 'grey'>;
  /** The project code. */
  subject: string;
  /** The milestone or problem id the warning is about; null for the project itself. */
  ref: number | null;
  reason: Bilingual;
  /** The date (or month, for investment) since which the condition holds. */
  since: string;
}

export interface ProjectWarningSettings {
  /** How many percentage points behind 序时进度 a project may be before it warns. */
  marginPoints: number;
}

export const defaultProjectWarningSettings: ProjectWarningSettings = { marginPoints: 10 };

export interface ProjectWarningInput {
  code: string;
  name: string;
  stage: ProjectStage;
  plannedStart: string | null;
  actualStart: string | null;
  completion: AnnualCompletion | null;
  milestones: readonly { id: number; name: string; plannedOn: string; actualOn: string | null }[];
  problems: readonly {
    id: number;
    category: ProblemCategory;
    dueOn: string | null;
    closedOn: string | null;
  }[];
}

export function projectWarnings(
  p: ProjectWarningInput,
  asOf: string,
  settings: ProjectWarningSettings = defaultProjectWarningSettings,
): ProjectWarning[] {
  const out: ProjectWarning[] = [];
  const c = p.completion;
  if (c !== null && -c.gapPoints > settings.marginPoints) {
    out.push({
      type: 'project_behind_pace',
      level: -c.gapPoints > 2 * settings.marginPoints ? 'red' : 'yellow',
      subject: p.code,
      ref: null,
      reason: {
        zh: `${p.name}:${c.explanation.zh}(预警线${settings.marginPoints}个百分点)`,
        en: `${p.name}: ${c.explanation.en} (warning margin ${settings.marginPoints} points)`,
      },
      since: monthPeriod(c.year, c.month),
    });
  }
  if (p.plannedStart !== null && p.plannedStart < asOf && p.actualStart === null && !isStarted(p.stage)) {
    const days = daysBetween(p.plannedStart, asOf);
    out.push({
      type: 'project_start_overdue',
      level: 'yellow',
      subject: p.code,
      ref: null,
      reason: {
        zh: `${p.name}计划于${p.plannedStart}开工,已过${days}天仍未开工(当前阶段:${stageNames[p.stage].zh})`,
        en: `${p.name} was planned to start on ${p.plannedStart} and has not started ${days} day(s) later (stage: ${stageNames[p.stage].en})`,
      },
      since: p.plannedStart,
    });
  }
  for (const m of p.milestones) {
    if (m.actualOn !== null || m.plannedOn >= asOf) continue;
    const days = daysBetween(m.plannedOn, asOf);
    out.push({
      type: 'milestone_overdue',
      level: 'yellow',
      subject: p.code,
      ref: m.id,
      reason: {
        zh: `${p.name}节点“${m.name}”计划${m.plannedOn}完成,已逾期${days}天`,
        en: `${p.name}: milestone "${m.name}" was due on ${m.plannedOn}, ${days} day(s) overdue`,
      },
      since: m.plannedOn,
    });
  }
  for (const problem of p.problems) {
    if (problem.closedOn !== null || problem.dueOn === null) continue;
    const light = problemLight(problem, asOf);
    if (light.light !== 'red') continue;
    const category = problemCategoryNames[problem.category];
    out.push({
      type: 'problem_overdue',
      level: 'red',
      subject: p.code,
      ref: problem.id,
      reason: {
        zh: `${p.name}${category.zh}问题(#${problem.id})${light.reason.zh}`,
        en: `${p.name}: ${category.en} problem #${problem.id} is ${light.reason.en}`,
      },
      since: problem.dueOn,
    });
  }
  return out;
}

const levelOrder = { red: 0, yellow: 1 } as const;

/** Every project's warnings, red first, then yellow; input order within a level. */
export function collectProjectWarnings(
  projects: readonly ProjectWarningInput[],
  asOf: string,
  settings: ProjectWarningSettings = defaultProjectWarningSettings,
): ProjectWarning[] {
  return projects
    .flatMap((p) => projectWarnings(p, asOf, settings))
    .map((w, i) => ({ w, i }))
    .sort((a, b) => levelOrder[a.w.level] - levelOrder[b.w.level] || a.i - b.i)
    .map(({ w }) => w);
}
