/**
 * The 任务分工方案 in Excel (docs/tasks.md §5): the export offices circulate, and the check of one
 * that comes back — Lantu's own or an office's, with its layout variations — row by row: unchanged,
 * changed (which units or deadline differ from the library), new (not in the library), or rejected
 * with the row, column and reason. The check stores nothing; applying it (with the office's reason)
 * gives every changed task a new revision of its responsibility, in one transaction. Rejected and new
 * rows are never applied: a new task enters through the plan package, where it gets its chapter.
 */
import type { Bilingual, InputIssue } from '../../contracts/issue';
import type { DivisionCheck as DivisionCheckAnswer } from '../../contracts/task-api';
import type { OrgUnit } from '../../db/repositories/org-unit-repository';
import { PlanRepository, type StoredPlan } from '../../db/repositories/plan-repository';
import { TaskDefinitionRepository } from '../../db/repositories/task-definition-repository';
import { type DivisionRow, readTaskDivision } from '../../io/xlsx/task-division-read';
import { type DivisionCategory, writeTaskDivision } from '../../io/xlsx/task-division-write';
import { authorize } from '../authorization';
import { nowOf, type ServiceContext, transaction } from '../context';
import { recordTaskChange } from './task-change';
import { loadTaskFacts, visibleTasks } from './task-facts';

export async function exportDivision(
  ctx: ServiceContext,
  plan: StoredPlan,
): Promise<{ fileName: string; bytes: Buffer }> {
  const actor = authorize(ctx.actor, 'plan.read');
  const [facts, def] = await Promise.all([
    loadTaskFacts(ctx, plan),
    new PlanRepository(ctx.database.db, ctx.tenantId).loadDefinition(plan.id),
  ]);
  const tasks = visibleTasks(facts, actor);
  const name = (code: string) => facts.units.get(code)?.name ?? code;
  const categories: DivisionCategory[] = def.outline
    .filter((n) => n.kind === 'chapter')
    .map((ch) => ({
      label: `${ch.provenance.ref} ${ch.title}`,
      tasks: tasks
        .filter((t) => t.chapter === ch.id)
        .map((t) => ({
          code: t.code,
          text: t.definition.text,
          lead: name(t.lead),
          co: t.co.map(name),
          deadline: t.deadline,
        })),
    }))
    .filter((c) => c.tasks.length > 0);
  const bytes = await writeTaskDivision(`${plan.shortName}重点任务分工方案`, categories);
  return { fileName: `${plan.code}-任务分工方案.xlsx`, bytes };
}

export type DivisionRowStatus = 'unchanged' | 'changed' | 'new' | 'rejected';

export interface DivisionRowResult {
  row: number;
  code: string | null;
  status: DivisionRowStatus;
  changes: Bilingual[];
  issues: InputIssue[];
  /** For a changed row: the responsibility it asks for, in unit codes. */
  proposed?: { lead: string; co: string[]; deadline: string };
}

export interface DivisionCheck {
  counts: Record<DivisionRowStatus, number>;
  rows: DivisionRowResult[];
  problems: Bilingual[];
}

function resolveUnit(units: readonly OrgUnit[], text: string): OrgUnit | undefined {
  const t = text.trim();
  return units.find((u) => u.name === t || u.code === t || u.nameEn === t);
}

export async function checkDivision(
  ctx: ServiceContext,
  plan: StoredPlan,
  bytes: Buffer,
): Promise<DivisionCheck> {
  authorize(ctx.actor, 'task.supervise');
  const read = await readTaskDivision(bytes);
  const facts = await loadTaskFacts(ctx, plan);
  const units = [...facts.units.values()];
  const planStart = `${plan.meta.period.start}-01-01`;
  const rows = read.rows.map((r) => checkRow(r, facts.tasks, units, planStart));
  const counts: Record<DivisionRowStatus, number> = { unchanged: 0, changed: 0, new: 0, rejected: 0 };
  for (const r of rows) counts[r.status] += 1;
  return { counts, rows, problems: read.problems };
}

/** The check as the API answers it: the proposed codes are the service's own business. */
function publicCheck(check: DivisionCheck): DivisionCheckAnswer {
  return { ...check, rows: check.rows.map(({ proposed: _, ...row }) => row) };
}

export async function checkDivisionFile(ctx: ServiceContext, plan: StoredPlan, bytes: Buffer) {
  return publicCheck(await checkDivision(ctx, plan, bytes));
}

/**
 * Applies the changed rows of an uploaded 分工方案: each changed task gets a new revision of its lead
 * unit, co-units and deadline with the office's reason, audited, in one transaction. The file is
 * checked again here, against the library as it is now, so a check made earlier cannot apply stale rows.
 */
export async function applyDivision(
  ctx: ServiceContext,
  plan: StoredPlan,
  bytes: Buffer,
  reason: string,
): Promise<{ applied: string[]; check: DivisionCheckAnswer }> {
  const actor = authorize(ctx.actor, 'task.supervise');
  const check = await checkDivision(ctx, plan, bytes);
  const changed = check.rows.filter((r) => r.status === 'changed' && r.code !== null && r.proposed);
  if (changed.length === 0) return { applied: [], check: publicCheck(check) };
  await transaction(ctx, async (tx) => {
    const repo = new TaskDefinitionRepository(tx, ctx.tenantId);
    for (const row of changed) {
      const code = row.code as string;
      const proposed = row.proposed as NonNullable<DivisionRowResult['proposed']>;
      const current = await repo.find(plan.id, code);
      if (!current) throw new Error(`task ${code} vanished while its division was applied`);
      const change = {
        taskCode: code,
        revision: current.responsibilityRevision + 1,
        ...proposed,
        source: 'division' as const,
        reason,
        createdBy: actor.id,
        createdAt: nowOf(ctx),
      };
      await repo.appendChange(plan.id, change);
      await recordTaskChange(ctx, tx, plan.id, {
        action: 'task.responsibility.change',
        entityType: 'task',
        entityId: code,
        before: { lead: current.lead, co: current.co, deadline: current.deadline },
        after: change,
      });
    }
  });
  return { applied: changed.map((r) => r.code as string), check: publicCheck(check) };
}

function checkRow(
  r: DivisionRow,
  tasks: Awaited<ReturnType<typeof loadTaskFacts>>['tasks'],
  units: readonly OrgUnit[],
  planStart: string,
): DivisionRowResult {
  const issues: InputIssue[] = [];
  const item = `第${r.row}行 / row ${r.row}`;
  const refuse = (column: keyof DivisionRow['letters'], header: string, code: string, message: Bilingual) =>
    issues.push({
      file: '任务分工方案',
      item,
      field: `${r.letters[column] ?? ''}列 ${header}`,
      code,
      severity: 'error',
      message,
    });
  const code = r.cells.code?.trim() || null;
  const text = r.cells.text?.trim() ?? '';
  if (text === '')
    refuse('text', '重点任务', 'task_text_missing', { zh: '没有任务内容', en: 'the task text is empty' });
  const leadText = r.cells.lead?.trim() ?? '';
  const lead = leadText === '' ? undefined : resolveUnit(units, leadText);
  if (leadText === '') {
    refuse('lead', '牵头单位', 'task_no_lead', {
      zh: '没有牵头单位,不能发布',
      en: 'no lead unit: the task cannot be published',
    });
  } else if (!lead) {
    refuse('lead', '牵头单位', 'unknown_unit', {
      zh: `“${leadText}”不是已知单位`,
      en: `"${leadText}" is not a known unit`,
    });
  }
  const coNames = (r.cells.co ?? '').split(/[、,,;;\s]+/).filter(Boolean);
  const co: OrgUnit[] = [];
  for (const name of coNames) {
    const unit = resolveUnit(units, name);
    if (unit) co.push(unit);
    else
      refuse('co', '配合单位', 'unknown_unit', {
        zh: `配合单位“${name}”不是已知单位`,
        en: `co-unit "${name}" is not a known unit`,
      });
  }
  if (r.deadline.kind === 'error') refuse('deadline', '完成时限', 'bad_date', r.deadline.message);
  const deadline = r.deadline.kind === 'date' ? r.deadline.value : null;
  if (deadline !== null && deadline < planStart) {
    refuse('deadline', '完成时限', 'deadline_before_plan', {
      zh: `完成时限 ${deadline} 早于规划期开始(${planStart})`,
      en: `the deadline ${deadline} is before the plan starts (${planStart})`,
    });
  }
  const stored = code ? tasks.find((t) => t.code === code) : tasks.find((t) => t.definition.text === text);
  if (code && !stored) {
    refuse('code', '任务编号', 'task_not_found', {
      zh: `任务编号 ${code} 不在任务库中`,
      en: `task ${code} is not in the library`,
    });
  }
  if (issues.length > 0) return { row: r.row, code, status: 'rejected', changes: [], issues };
  if (!stored || !lead) return { row: r.row, code: null, status: 'new', changes: [], issues };
  const changes: Bilingual[] = [];
  if (stored.lead !== lead.code)
    changes.push({ zh: `牵头单位改为${lead.name}`, en: `lead unit becomes ${lead.nameEn}` });
  const coCodes = co.map((u) => u.code).sort();
  if (coCodes.join() !== [...stored.co].sort().join()) {
    changes.push({
      zh: `配合单位改为${co.map((u) => u.name).join('、') || '无'}`,
      en: `co-units become ${co.map((u) => u.nameEn).join(', ') || 'none'}`,
    });
  }
  if (deadline !== null && deadline !== stored.deadline) {
    changes.push({ zh: `完成时限改为${deadline}`, en: `deadline becomes ${deadline}` });
  }
  if (changes.length === 0) return { row: r.row, code: stored.code, status: 'unchanged', changes, issues };
  return {
    row: r.row,
    code: stored.code,
    status: 'changed',
    changes,
    issues,
    proposed: { lead: lead.code, co: co.map((u) => u.code), deadline: deadline ?? stored.deadline },
  };
}
