/**
 * 示例数据(模拟) for the project library: a deterministic generator of simulated project histories so
 * that a new deployment's dashboard, big screen and project pages show projects in every stage, with
 * money, milestones and 督办 problems, instead of 195 projects in 谋划 with nothing spent. Pure, like
 * the indicator demo (demo-observations.ts): the same projects, parks and seed always give the same
 * histories (mulberry32, no clock); every record it feeds is labelled simulated where it is stored.
 */
import type { IndustryChain, InvestorType, ProblemCategory, ProjectNature } from '../../core/project-codes';
import type { ProjectStage } from '../../core/project-stage';
import { projectStages } from '../../core/project-stage';
import { hashString, mulberry32 } from '../ledger/demo-observations';

export const DEMO_PROJECT_LABEL = { zh: '示例数据(模拟)', en: 'Demo data (simulated)' } as const;

export interface DemoProjectOptions {
  seed: number;
  /** First simulated year (the plan's first year). */
  fromYear: number;
  /** Last simulated year; histories end on its 31 December, or on `until` if that comes first. */
  toYear: number;
  /** The office's today (YYYY-MM-DD): nothing simulated happens after it. */
  until: string;
  /** Park unit codes (园区), in a stable order: each project is placed in one. */
  parks: readonly string[];
}

export interface DemoProblem {
  category: ProblemCategory;
  description: string;
  raisedOn: string;
  /** The department the problem is assigned to (交办), by unit code. */
  assignedUnit: string;
  assignedOn: string;
  dueOn: string;
  respondedOn: string | null;
  response: string | null;
  closedOn: string | null;
}

export interface DemoProject {
  code: string;
  stage: ProjectStage;
  chain: IndustryChain;
  nature: ProjectNature;
  investor: InvestorType;
  park: string | null;
  /** 总投资, 万元. */
  totalInvestment: number;
  plannedStart: string | null;
  plannedFinish: string | null;
  /** One step forward each, dated, in order. */
  moves: { from: ProjectStage; to: ProjectStage; on: string }[];
  /** 年度计划投资, 万元. */
  annualPlans: { year: number; value: number }[];
  /** 1–N月累计完成投资 of each month under construction (YYYY-MM, 万元), with 形象进度 at quarter ends. */
  investments: { period: string; value: number; progress: string | null }[];
  milestones: { name: string; plannedOn: string; actualOn: string | null }[];
  problems: DemoProblem[];
}

const DAY = 86_400_000;
const toDay = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY;
const toIso = (day: number) => new Date(Math.round(day) * DAY).toISOString().slice(0, 10);

/** Share of the plan's projects at each final stage (谋划 … 投产), summing to 1. */
const stageShares: Record<ProjectStage, number> = {
  conceived: 0.16,
  reserve: 0.12,
  preparation: 0.14,
  under_construction: 0.34,
  completed: 0.1,
  in_operation: 0.14,
};

/** The plan's columns (专栏) by the chain their projects belong to; other columns are urban works. */
const columnChains: Record<string, IndustryChain> = {
  C1: 'auto_electronics',
  C2: 'optoelectronics',
  C3: 'magnesium',
  C4: 'services',
  C5: 'other',
  C6: 'other',
  C7: 'other',
  C8: 'services',
  C9: 'ecology',
};
const industrial = new Set<IndustryChain>(['auto_electronics', 'optoelectronics', 'magnesium', 'other']);

/** 督办 problems by category: what is stuck and which department takes it (unit codes of units.json). */
const problemKinds: { category: ProblemCategory; unit: string; zh: string; response: string }[] = [
  {
    category: 'land',
    unit: 'dept-natural-resources',
    zh: '项目用地指标尚未落实,影响开工建设',
    response: '已纳入年度用地计划,正在办理供地手续',
  },
  {
    category: 'energy',
    unit: 'dept-economy',
    zh: '项目能耗指标需上级统筹解决',
    response: '已向市发展改革部门申请能耗指标',
  },
  {
    category: 'environment',
    unit: 'dept-ecology',
    zh: '项目环评批复尚未取得',
    response: '环评报告已通过技术评审,待批复',
  },
  {
    category: 'funds',
    unit: 'dept-finance',
    zh: '项目建设资金缺口较大,需协调融资',
    response: '已对接政策性银行,授信审批中',
  },
  {
    category: 'demolition',
    unit: 'dept-housing',
    zh: '项目红线内征迁工作尚未完成',
    response: '剩余征迁户已签订协议,正在腾退',
  },
  {
    category: 'permits',
    unit: 'dept-housing',
    zh: '施工许可手续办理进度滞后',
    response: '已开通并联审批,手续齐全后即办',
  },
];

function progressText(share: number): string {
  if (share < 0.2) return '场地平整和基础施工';
  if (share < 0.5) return '主体结构施工';
  if (share < 0.8) return '设备安装调试';
  return '收尾及竣工验收准备';
}

function pickStage(r: number): ProjectStage {
  let acc = 0;
  for (const stage of projectStages) {
    acc += stageShares[stage];
    if (r < acc) return stage;
  }
  return 'in_operation';
}

export function generateDemoProjects(
  projects: readonly { code: string; column: string | null }[],
  options: DemoProjectOptions,
): DemoProject[] {
  const first = toDay(`${options.fromYear}-02-01`);
  const yearEnd = Math.min(toDay(`${options.toYear}-12-31`), toDay(options.until));
  const last = yearEnd - 16;
  return projects.map((p, index) => {
    const rand = mulberry32(options.seed ^ hashString(p.code));
    const between = (lo: number, hi: number) => lo + (hi - lo) * rand();
    const stage = last > first ? pickStage(rand()) : 'conceived';
    const chain = columnChains[p.column ?? ''] ?? 'urban';
    const target = projectStages.indexOf(stage);
    // Stage entries: gaps of three to eleven months, squeezed into the plan period when they overrun.
    const gaps = Array.from({ length: target }, (_, i) => (i === 0 ? between(0, 420) : between(90, 330)));
    const span = gaps.reduce((a, b) => a + b, 0);
    const squeeze = span > last - first ? (last - first) / span : 1;
    let day = first;
    const moves = gaps.map((gap, i) => {
      day += gap * squeeze;
      return {
        from: projectStages[i] as ProjectStage,
        to: projectStages[i + 1] as ProjectStage,
        on: toIso(day),
      };
    });
    const entered = (s: ProjectStage) => moves.find((m) => m.to === s)?.on ?? null;
    const started = entered('under_construction');
    const finished = entered('completed');
    // 总投资: an industrial project 2–15 亿元, an urban or ecological one 0.5–6 亿元 (万元, to the hundred).
    const total =
      Math.round((industrial.has(chain) ? between(20_000, 150_000) : between(5_000, 60_000)) / 100) * 100;
    const plannedStartDay = started
      ? toDay(started) - between(-60, 120)
      : stage === 'preparation'
        ? toDay(`${options.toYear}-09-01`) + between(0, 480)
        : stage === 'reserve'
          ? toDay(`${options.toYear + 1}-03-01`) + between(0, 365)
          : null;
    const duration = between(540, 1080);
    // A project still building is mostly due after the period; about one in seven is already late.
    const plannedFinishDay =
      plannedStartDay === null
        ? null
        : finished
          ? toDay(finished) + between(-45, 90)
          : started && rand() < 0.85
            ? Math.max(plannedStartDay + duration, yearEnd + between(30, 400))
            : plannedStartDay + duration;

    const annualPlans: DemoProject['annualPlans'] = [];
    const investments: DemoProject['investments'] = [];
    if (started) {
      const startDay = toDay(started);
      const endDay = finished ? toDay(finished) : yearEnd;
      // Spent by the end: nearly all of a finished project; for one still building, its share of time
      // elapsed, a little behind or ahead.
      const share = finished
        ? between(0.92, 1)
        : Math.min(0.95, ((yearEnd - startDay) / duration) * between(0.7, 1.05));
      const months: { year: number; month: number; weight: number }[] = [];
      for (let d = startDay; d <= endDay; ) {
        const date = new Date(d * DAY);
        months.push({
          year: date.getUTCFullYear(),
          month: date.getUTCMonth() + 1,
          weight: between(0.6, 1.4),
        });
        d = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / DAY;
      }
      const weights = months.reduce((a, m) => a + m.weight, 0);
      let cumulative = 0;
      let yearStart = 0;
      let year = months[0]?.year ?? options.fromYear;
      for (const m of months) {
        if (m.year !== year) {
          yearStart = Math.round(cumulative);
          year = m.year;
        }
        cumulative += (total * share * m.weight) / weights;
        const ytd = Math.round(cumulative) - yearStart;
        investments.push({
          period: `${m.year}-${String(m.month).padStart(2, '0')}`,
          value: ytd,
          progress: m.month % 3 === 0 ? progressText(cumulative / total) : null,
        });
      }
      for (const y of new Set(months.map((m) => m.year))) {
        const spent = investments.filter((e) => e.period.startsWith(`${y}-`)).at(-1)?.value ?? 0;
        // The year's plan against what was spent: most projects near it, about one in ten well behind (预警).
        const pace = rand() < 0.1 ? between(0.62, 0.88) : between(0.9, 1.1);
        const plan = Math.round(spent / pace / 10) * 10;
        annualPlans.push({ year: y, value: Math.min(total, Math.max(10, plan)) });
      }
    }

    const milestones: DemoProject['milestones'] = [];
    if (plannedStartDay !== null && plannedFinishDay !== null && started) {
      const mid = plannedStartDay + 0.6 * (plannedFinishDay - plannedStartDay);
      const midDone = finished
        ? toIso(toDay(started) + 0.6 * (toDay(finished) - toDay(started)))
        : mid <= yearEnd && rand() < 0.85
          ? toIso(Math.min(yearEnd, mid + between(-20, 40)))
          : null;
      milestones.push(
        { name: '开工建设', plannedOn: toIso(plannedStartDay), actualOn: started },
        { name: '主体工程完工', plannedOn: toIso(mid), actualOn: midDone },
        { name: '竣工验收', plannedOn: toIso(plannedFinishDay), actualOn: finished },
      );
    } else if (stage === 'preparation' && plannedStartDay !== null) {
      const permit = plannedStartDay - 45;
      milestones.push({
        name: '取得施工许可',
        plannedOn: toIso(permit),
        actualOn:
          permit <= yearEnd && rand() < 0.5 ? toIso(Math.min(yearEnd, permit + between(-10, 20))) : null,
      });
    }

    // A few stuck projects (督办): about one in eight of those being prepared or built.
    const problems: DemoProblem[] = [];
    if ((stage === 'preparation' || stage === 'under_construction') && rand() < 0.13) {
      const kind = problemKinds[Math.floor(rand() * problemKinds.length)] ?? problemKinds[0];
      if (kind) {
        const raised = yearEnd - between(20, 300);
        const assigned = raised + between(1, 10);
        const due = assigned + between(20, 60);
        const fate = rand();
        const responded = fate < 0.75 ? Math.min(yearEnd, assigned + between(5, 20)) : null;
        const closed =
          fate < 0.35
            ? Math.min(yearEnd, due - between(1, 10))
            : fate < 0.5
              ? Math.min(yearEnd, due + between(3, 20))
              : null;
        problems.push({
          category: kind.category,
          description: `【示例】${kind.zh}`,
          raisedOn: toIso(raised),
          assignedUnit: kind.unit,
          assignedOn: toIso(assigned),
          dueOn: toIso(due),
          respondedOn: responded === null ? null : toIso(Math.max(responded, assigned)),
          response: responded === null ? null : kind.response,
          closedOn: closed === null ? null : toIso(Math.max(closed, responded ?? assigned)),
        });
      }
    }

    return {
      code: p.code,
      stage,
      chain,
      nature: (['new', 'new', 'continued', 'expansion'] as const)[Math.floor(rand() * 4)] ?? 'new',
      investor: industrial.has(chain) ? 'market' : rand() < 0.7 ? 'government' : 'mixed',
      park: options.parks.length > 0 ? (options.parks[index % options.parks.length] ?? null) : null,
      totalInvestment: total,
      plannedStart: plannedStartDay === null ? null : toIso(plannedStartDay),
      plannedFinish: plannedFinishDay === null ? null : toIso(plannedFinishDay),
      moves,
      annualPlans,
      investments,
      milestones,
      problems,
    };
  });
}
