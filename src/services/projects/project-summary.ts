/**
 * The project section of the evaluation report (五、重大项目推进情况): counts by stage, investment
 * completed against the annual plan and 序时进度, 开工率, stuck projects with their reasons, and each
 * column's project total against what the plan stated (专栏1 约360亿元). The evaluation report maps it
 * onto its own input (evaluation-report/projects-section-input.ts); projects know nothing of reports.
 */
import type { Bilingual } from '../../contracts/issue';
import {
  type AnnualCompletion,
  annualCompletion,
  completedToDate,
  type StartRate,
  startRate,
  yearMonthOf,
  ytdAt,
} from '../../core/project-progress';
import type { ProjectStage, StageBatch } from '../../core/project-stage';
import type { ProjectWarningSettings } from '../../core/project-warnings';
import { defaultProjectWarningSettings } from '../../core/project-warnings';
import type { StoredPlan } from '../../db/repositories/plan-repository';
import { authorize } from '../authorization';
import type { ServiceContext } from '../context';
import { resolveAsOf } from './project-dates';
import { loadProjectFacts, projectView, visibleProjects, ytdValues } from './project-facts';
import { pipelineOf } from './project-pipeline';
import { warningsOf } from './project-warnings';

export interface ColumnInvestment {
  column: string;
  number: number;
  title: string;
  /** What the plan states, as written (约360亿元); null when the column states no total. */
  stated: { value: number; unit: string; text: string } | null;
  /** The stated total in 万元 (亿元 × 10,000); null when none or in another unit. */
  statedWan: number | null;
  projects: number;
  /** Σ 总投资 of the column's projects, 万元, and how many have none recorded yet. */
  projectsTotal: number;
  withoutInvestment: number;
  /** projectsTotal ÷ statedWan × 100. */
  projectsShareOfStatedPercent: number | null;
  /** Σ 累计完成投资 of the column's projects, 万元. */
  completedToDate: number;
  completedShareOfStatedPercent: number | null;
}

export interface StuckProject {
  code: string;
  name: string;
  stage: ProjectStage;
  stageName: Bilingual;
  level: 'red' | 'yellow';
  reasons: Bilingual[];
}

export interface ProjectsSummary {
  asOf: string;
  year: number;
  counts: {
    total: number;
    byStage: { stage: ProjectStage; name: Bilingual; count: number; investment: number }[];
    batches: { batch: StageBatch; name: Bilingual; count: number; investment: number }[];
  };
  investment: {
    unit: '万元';
    /** Σ 总投资 of the projects. */
    total: number;
    /** Σ 年度计划投资 of the year. */
    plannedThisYear: number;
    /** Σ 1–N月累计 of the year, all projects, at the reporting month. */
    completedThisYear: number;
    /** The latest month with a reported value in the year (up to the evaluation date). */
    month: number | null;
    /** Projects with an annual plan: their Σ 1–N月累计 against their Σ plan and 序时进度. */
    completion: AnnualCompletion | null;
    completedToDate: number;
  };
  startRate: StartRate;
  warnings: { red: number; yellow: number };
  stuck: StuckProject[];
  columns: ColumnInvestment[];
}

const wanPer: Record<string, number> = { 亿元: 10_000, 万元: 1 };

export async function projectsSummary(
  ctx: ServiceContext,
  plan: StoredPlan,
  asOfInput?: string,
  settings: ProjectWarningSettings = defaultProjectWarningSettings,
): Promise<ProjectsSummary> {
  const actor = authorize(ctx.actor, 'plan.read');
  const asOf = resolveAsOf(ctx, asOfInput);
  const { year, month: asOfMonth } = yearMonthOf(asOf);
  const facts = await loadProjectFacts(ctx, plan);
  const projects = visibleProjects(actor, facts);
  const views = projects.map((p) => projectView(facts, p, asOf));
  const pipeline = pipelineOf(facts, projects, asOf);

  const month = views.reduce<number | null>((m, v) => {
    const at = v.investment.ytd === null ? null : yearMonthOf(v.investment.ytd.period).month;
    return at === null ? m : Math.max(m ?? 0, at);
  }, null);
  let planned = 0;
  let completedPlanned = 0;
  let completedThisYear = 0;
  for (const v of views) {
    const ytd = month === null ? null : ytdAt(ytdValues(facts, v.code), year, month);
    completedThisYear += ytd?.value ?? 0;
    if (v.investment.annualPlan !== null) {
      planned += v.investment.annualPlan;
      completedPlanned += ytd?.value ?? 0;
    }
  }

  const warnings = warningsOf(facts, projects, asOf, settings);
  const stuck = new Map<string, StuckProject>();
  for (const w of warnings) {
    const v = views.find((x) => x.code === w.subject);
    if (!v) continue;
    const s = stuck.get(v.code) ?? {
      code: v.code,
      name: v.name,
      stage: v.stage,
      stageName: v.stageName,
      level: w.level,
      reasons: [],
    };
    s.reasons.push(w.reason);
    if (w.level === 'red') s.level = 'red';
    stuck.set(v.code, s);
  }

  const columns = facts.definition.columns.map((c): ColumnInvestment => {
    const mine = views.filter((v) => v.column === c.id);
    const per = c.investment ? wanPer[c.investment.unit] : undefined;
    const statedWan = c.investment && per !== undefined ? c.investment.value * per : null;
    const projectsTotal = mine.reduce((sum, v) => sum + (v.totalInvestment ?? 0), 0);
    const done = mine.reduce((sum, v) => sum + v.investment.completedToDate, 0);
    const share = (x: number) => (statedWan !== null && statedWan > 0 ? (x * 100) / statedWan : null);
    return {
      column: c.id,
      number: c.number,
      title: c.title,
      stated: c.investment
        ? { value: c.investment.value, unit: c.investment.unit, text: c.investment.text }
        : null,
      statedWan,
      projects: mine.length,
      projectsTotal,
      withoutInvestment: mine.filter((v) => v.totalInvestment === null).length,
      projectsShareOfStatedPercent: share(projectsTotal),
      completedToDate: done,
      completedShareOfStatedPercent: share(done),
    };
  });

  return {
    asOf,
    year,
    counts: {
      total: pipeline.total.count,
      byStage: pipeline.byStage.map((s) => ({
        stage: s.stage,
        name: s.name,
        count: s.count,
        investment: s.investment,
      })),
      batches: pipeline.batches.map((b) => ({
        batch: b.batch,
        name: b.name,
        count: b.count,
        investment: b.investment,
      })),
    },
    investment: {
      unit: '万元',
      total: pipeline.total.investment,
      plannedThisYear: planned,
      completedThisYear,
      month,
      completion:
        month === null ? null : annualCompletion({ year, month, planned, completed: completedPlanned }),
      completedToDate: views.reduce(
        (sum, v) => sum + completedToDate(ytdValues(facts, v.code), year, asOfMonth),
        0,
      ),
    },
    startRate: startRate(
      views.map((v) => ({ plannedStart: v.plannedStart, actualStart: v.actualStart })),
      asOf,
    ),
    warnings: {
      red: warnings.filter((w) => w.level === 'red').length,
      yellow: warnings.filter((w) => w.level === 'yellow').length,
    },
    stuck: [...stuck.values()].sort((a, b) => (a.level === b.level ? 0 : a.level === 'red' ? -1 : 1)),
    columns,
  };
}
