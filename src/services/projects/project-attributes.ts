/**
 * The attributes of a project as people edit them (codes of units, columns, chapters) resolved to
 * what is stored, with every check of docs/projects.md §7, and the snapshot a revision keeps.
 */
import type { InputIssue } from '../../contracts/issue';
import { completedToDate } from '../../core/project-progress';
import type { OrgUnit } from '../../db/repositories/org-unit-repository';
import type { ProjectAttributes, ProjectRow } from '../../db/repositories/project-repository';
import type { ServiceContext } from '../context';
import { type ProjectFacts, unitRef, ytdValues } from './project-facts';
import {
  checkAmount,
  checkChain,
  checkDate,
  checkInvestor,
  checkNature,
  issue,
  resolveUnit,
} from './project-input';

/** What a person may set on a project; codes for units, columns and chapters. */
export interface ProjectInput {
  name?: string | undefined;
  column?: string | null | undefined;
  chapter?: string | null | undefined;
  /** 责任单位: the lead unit of 责任分工, the one reporting rounds ask. */
  responsibleUnit?: string | null | undefined;
  /** 包保领导. */
  leader?: string | null | undefined;
  park?: string | null | undefined;
  chain?: string | null | undefined;
  owner?: string | null | undefined;
  nature?: string | null | undefined;
  investor?: string | null | undefined;
  /** 总投资, 万元. */
  totalInvestment?: number | null | undefined;
  plannedStart?: string | null | undefined;
  plannedFinish?: string | null | undefined;
}

export interface ResolvedInput {
  attributes: Partial<ProjectAttributes>;
  /** The new lead unit; undefined when unchanged, null when cleared. */
  lead: OrgUnit | null | undefined;
  issues: InputIssue[];
}

const blankToNull = (v: string | null | undefined) =>
  v === undefined ? undefined : v === null || v.trim() === '' ? null : v.trim();

export async function resolveProjectInput(
  ctx: ServiceContext,
  facts: ProjectFacts,
  current: ProjectRow | null,
  input: ProjectInput,
): Promise<ResolvedInput> {
  const issues: InputIssue[] = [];
  const a: Partial<ProjectAttributes> = {};
  if (input.name !== undefined) {
    if (!input.name.trim())
      issues.push(issue('name', 'name_required', '请填写项目名称', 'give the project a name'));
    else a.name = input.name.trim();
  }
  const columnCode = blankToNull(input.column);
  if (columnCode !== undefined) {
    const column = columnCode === null ? null : facts.definition.columns.find((c) => c.id === columnCode);
    if (column === undefined) {
      issues.push(
        issue(
          'column',
          'unknown_column',
          `规划中没有专栏「${columnCode}」`,
          `the plan has no column "${columnCode}"`,
        ),
      );
    } else {
      a.columnCode = columnCode;
      const programme = current?.programmeCode ?? null;
      if (programme !== null && !column?.programmes.some((p) => p.id === programme)) a.programmeCode = null;
      if (input.chapter === undefined && column !== null) a.chapterCode = column.chapter;
    }
  }
  const chapterCode = blankToNull(input.chapter);
  if (chapterCode !== undefined) {
    const known =
      chapterCode === null ||
      facts.definition.outline.some((n) => n.id === chapterCode && n.kind === 'chapter');
    if (!known) {
      issues.push(
        issue(
          'chapter',
          'unknown_chapter',
          `规划中没有章「${chapterCode}」`,
          `the plan has no chapter "${chapterCode}"`,
        ),
      );
    } else a.chapterCode = chapterCode;
  }
  const leadCode = blankToNull(input.responsibleUnit);
  const lead =
    leadCode === undefined
      ? undefined
      : leadCode === null
        ? null
        : await resolveUnit(ctx, issues, 'responsibleUnit', leadCode);
  const parkCode = blankToNull(input.park);
  if (parkCode !== undefined) {
    const park = parkCode === null ? null : await resolveUnit(ctx, issues, 'park', parkCode, 'park');
    if (parkCode === null || park !== null) a.parkUnitId = park?.id ?? null;
  }
  checkChain(issues, 'chain', input.chain);
  checkNature(issues, 'nature', input.nature);
  checkInvestor(issues, 'investor', input.investor);
  if (input.chain !== undefined) a.chain = input.chain;
  if (input.nature !== undefined) a.nature = input.nature;
  if (input.investor !== undefined) a.investor = input.investor;
  if (input.leader !== undefined) a.leader = blankToNull(input.leader) ?? null;
  if (input.owner !== undefined) a.owner = blankToNull(input.owner) ?? null;
  checkAmount(issues, 'totalInvestment', input.totalInvestment);
  if (input.totalInvestment !== undefined) {
    a.totalInvestment = input.totalInvestment;
    const done = current ? completedToDate(ytdValues(facts, current.code), 9999, 12) : 0;
    if (input.totalInvestment !== null && input.totalInvestment < done) {
      issues.push(
        issue(
          'totalInvestment',
          'total_below_completed',
          `总投资${input.totalInvestment}万元低于已完成投资${done}万元`,
          `the total investment ${input.totalInvestment} (万元) is below the ${done} (万元) already invested`,
        ),
      );
    }
  }
  checkDate(issues, 'plannedStart', input.plannedStart);
  checkDate(issues, 'plannedFinish', input.plannedFinish);
  if (input.plannedStart !== undefined) a.plannedStart = input.plannedStart;
  if (input.plannedFinish !== undefined) a.plannedFinish = input.plannedFinish;
  const start = input.plannedStart === undefined ? (current?.plannedStart ?? null) : input.plannedStart;
  const finish = input.plannedFinish === undefined ? (current?.plannedFinish ?? null) : input.plannedFinish;
  if (start !== null && finish !== null && finish < start) {
    issues.push(
      issue(
        input.plannedFinish === undefined ? 'plannedStart' : 'plannedFinish',
        'finish_before_start',
        `计划竣工日期 ${finish} 早于计划开工日期 ${start}`,
        `the planned finish ${finish} is before the planned start ${start}`,
      ),
    );
  }
  return { attributes: a, lead, issues };
}

/** The whole of a project's attributes as a revision keeps them, with units by code. */
export function projectSnapshot(facts: ProjectFacts, row: ProjectRow, leadUnitId: number | null) {
  return {
    name: row.name,
    column: row.columnCode,
    programme: row.programmeCode,
    chapter: row.chapterCode,
    responsibleUnit: unitRef(facts, leadUnitId)?.code ?? null,
    leader: row.leader,
    park: unitRef(facts, row.parkUnitId)?.code ?? null,
    chain: row.chain,
    owner: row.owner,
    nature: row.nature,
    investor: row.investor,
    totalInvestment: row.totalInvestment,
    plannedStart: row.plannedStart,
    plannedFinish: row.plannedFinish,
    stage: row.stage,
  };
}
