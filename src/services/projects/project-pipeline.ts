/**
 * The pipeline — the "谋划一批、储备一批、建设一批" picture (第二十三章) in one answer: counts and total
 * investment per stage and per batch, and per column, industry chain and park, each split by stage.
 * Stages are those on the evaluation date, read from the dated stage history.
 */
import type { Bilingual } from '../../contracts/issue';
import { chainNames, type IndustryChain } from '../../core/project-codes';
import {
  batchNames,
  type ProjectStage,
  projectStages,
  type StageBatch,
  stageAt,
  stageBatch,
  stageBatches,
  stageNames,
} from '../../core/project-stage';
import type { StoredPlan } from '../../db/repositories/plan-repository';
import type { ProjectRow } from '../../db/repositories/project-repository';
import { authorize } from '../authorization';
import type { ServiceContext } from '../context';
import { resolveAsOf } from './project-dates';
import { loadProjectFacts, type ProjectFacts, stageEvents, unitRef, visibleProjects } from './project-facts';

export interface PipelineCell {
  count: number;
  /** Σ 总投资 of the projects, 万元; projects without a total add nothing. */
  investment: number;
  /** Projects whose total investment is not known yet. */
  withoutInvestment: number;
}

export interface PipelineGroup extends PipelineCell {
  key: string | null;
  name: Bilingual;
  byStage: Record<ProjectStage, number>;
}

export interface Pipeline {
  asOf: string;
  total: PipelineCell;
  byStage: (PipelineCell & { stage: ProjectStage; name: Bilingual; batch: StageBatch })[];
  batches: (PipelineCell & { batch: StageBatch; name: Bilingual; stages: ProjectStage[] })[];
  byColumn: PipelineGroup[];
  byChain: PipelineGroup[];
  byPark: PipelineGroup[];
}

const emptyCell = (): PipelineCell => ({ count: 0, investment: 0, withoutInvestment: 0 });
const emptyStages = () =>
  Object.fromEntries(projectStages.map((s) => [s, 0])) as Record<ProjectStage, number>;

function add(cell: PipelineCell, p: ProjectRow): void {
  cell.count += 1;
  if (p.totalInvestment === null) cell.withoutInvestment += 1;
  else cell.investment += p.totalInvestment;
}

function group(
  items: readonly { project: ProjectRow; stage: ProjectStage }[],
  keyOf: (p: ProjectRow) => string | null,
  nameOf: (key: string | null) => Bilingual,
  order: readonly (string | null)[],
): PipelineGroup[] {
  const groups = new Map<string | null, PipelineGroup>();
  for (const key of order) {
    groups.set(key, { key, name: nameOf(key), byStage: emptyStages(), ...emptyCell() });
  }
  for (const { project, stage } of items) {
    const key = keyOf(project);
    const g = groups.get(key) ?? { key, name: nameOf(key), byStage: emptyStages(), ...emptyCell() };
    add(g, project);
    g.byStage[stage] += 1;
    groups.set(key, g);
  }
  return [...groups.values()].filter((g) => g.count > 0 || order.includes(g.key));
}

const none: Bilingual = { zh: '未指定', en: 'not set' };

export function pipelineOf(facts: ProjectFacts, projects: readonly ProjectRow[], asOf: string): Pipeline {
  const items = projects
    .map((project) => ({
      project,
      stage: stageAt(project.stage as ProjectStage, stageEvents(facts.moves.get(project.code) ?? []), asOf),
    }))
    .filter((i): i is { project: ProjectRow; stage: ProjectStage } => i.stage !== null);
  const total = emptyCell();
  const byStage = projectStages.map((stage) => ({
    stage,
    name: stageNames[stage],
    batch: stageBatch[stage],
    ...emptyCell(),
  }));
  const batches = stageBatches.map((batch) => ({
    batch,
    name: batchNames[batch],
    stages: projectStages.filter((s) => stageBatch[s] === batch),
    ...emptyCell(),
  }));
  for (const { project, stage } of items) {
    add(total, project);
    const s = byStage.find((x) => x.stage === stage);
    if (s) add(s, project);
    const b = batches.find((x) => x.batch === stageBatch[stage]);
    if (b) add(b, project);
  }
  const columns = facts.definition.columns;
  const parks = [...facts.units.values()].filter((u) => u.kind === 'park');
  return {
    asOf,
    total,
    byStage,
    batches,
    byColumn: group(
      items,
      (p) => p.columnCode,
      (key) => {
        const c = columns.find((x) => x.id === key);
        return c ? { zh: `专栏${c.number}:${c.title}`, en: `Column ${c.number}` } : none;
      },
      columns.map((c) => c.id),
    ),
    byChain: group(
      items,
      (p) => p.chain,
      (key) => (key === null ? none : (chainNames[key as IndustryChain] ?? { zh: key, en: key })),
      [],
    ),
    byPark: group(
      items,
      (p) => (p.parkUnitId === null ? null : (unitRef(facts, p.parkUnitId)?.code ?? null)),
      (key) => {
        const park = parks.find((u) => u.code === key);
        return park ? { zh: park.name, en: park.nameEn } : none;
      },
      parks.map((u) => u.code),
    ),
  };
}

export async function projectPipeline(
  ctx: ServiceContext,
  plan: StoredPlan,
  asOfInput?: string,
): Promise<Pipeline> {
  const actor = authorize(ctx.actor, 'plan.read');
  const asOf = resolveAsOf(ctx, asOfInput);
  const facts = await loadProjectFacts(ctx, plan);
  return pipelineOf(facts, visibleProjects(actor, facts), asOf);
}
