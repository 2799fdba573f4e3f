/**
 * The reporting workflow (填报 → 审核 → 入账): a unit reporter saves drafts and submits; the unit's
 * reviewer approves or returns with a comment; an approved indicator value enters the ledger and the
 * plan's evaluation changes on the next read.
 *
 *   pending ─save→ draft ─submit→ submitted ─approve→ approved
 *      └──────submit──────┘           └─return→ returned ─save/submit→ …
 */

import { DomainError, fieldError, notFound, versionConflict } from '../../contracts/domain-error';
import type { LedgerMoved } from '../../contracts/ledger-conflict';
import { type ReportContentCode, reportContentProblems } from '../../contracts/report-content';
import { isEditableReport } from '../../contracts/report-workflow';
import type { Measure } from '../../core/model';
import type { ItemType } from '../../db/repositories/assignment-repository';
import { ObservationRepository } from '../../db/repositories/observation-repository';
import { PlanRepository, type StoredPlan } from '../../db/repositories/plan-repository';
import {
  type Report,
  type ReportChange,
  ReportRepository,
  type ReportStatus,
} from '../../db/repositories/report-repository';
import { RoundRepository } from '../../db/repositories/round-repository';
import { UserRepository } from '../../db/repositories/user-repository';
import { authorize, type Permission, visibleUnit } from '../authorization';
import { audit, nowOf, type ServiceContext, transaction } from '../context';
import { appendValue } from '../ledger/ledger';
import { checkProjectReport, recordProjectReport } from '../projects/project-reporting';

export interface ReportContent {
  measure?: Measure | null;
  value?: number | null;
  progressPercent?: number | null;
  narrative?: string | null;
}

/** A report the actor may touch with `permission`; other units' reports are "not found" to unit users. */
export async function loadReport(
  ctx: ServiceContext,
  reportId: number,
  permission: Permission,
): Promise<Report> {
  const report = await new ReportRepository(ctx.database.db, ctx.tenantId).findById(reportId);
  return mayTouch(ctx, reportId, report, permission);
}

/** The report if the actor may touch it with `permission`; shared by one read and a batch read. */
function mayTouch(
  ctx: ServiceContext,
  reportId: number,
  report: Report | undefined,
  permission: Permission,
): Report {
  // A report of another unit is "not found" to a unit user: its existence is not theirs to know.
  const visible = report && (ctx.actor ? visibleUnit(ctx.actor) : -1);
  if (!report || (visible !== null && visible !== report.unitId)) {
    authorize(ctx.actor, 'report.read');
    throw notFound('report_not_found', `填报 ${reportId} 不存在`, `report ${reportId} not found`);
  }
  authorize(ctx.actor, permission, report.unitId);
  return report;
}

async function requireOpenRound(ctx: ServiceContext, report: Report): Promise<void> {
  const round = await new RoundRepository(ctx.database.db, ctx.tenantId).findById(report.roundId);
  requireOpen(round);
}

function requireOpen(round: { status: string } | undefined): void {
  if (round?.status !== 'open') {
    throw new DomainError('round_closed', {
      zh: '该填报轮次已关闭,填报不能再修改、审核或退回',
      en: 'the reporting round is closed; its reports can no longer be changed, approved or returned',
    });
  }
}

/** The words of each content problem (contracts/report-content.ts), a project's in its own terms. */
function contentMessage(itemType: ItemType, code: ReportContentCode): { zh: string; en: string } {
  const project = itemType === 'project';
  switch (code) {
    case 'bad_value':
      return { zh: '数值无效', en: 'the value is not a valid number' };
    case 'bad_percent':
      return { zh: '完成进度应在 0–100 之间', en: 'progress must be between 0 and 100' };
    case 'value_required':
      return project
        ? {
            zh: '提交前请填写1–N月累计完成投资(万元)',
            en: 'enter the year-to-date investment (万元) before submitting',
          }
        : { zh: '提交前请填写数值', en: 'enter a value before submitting' };
    case 'measure_required':
      return { zh: '提交前请选择口径', en: 'choose a measure before submitting' };
    case 'narrative_required':
      return project
        ? { zh: '提交前请填写形象进度', en: 'describe the progress on site before submitting' }
        : { zh: '提交前请填写进展情况', en: 'describe the progress before submitting' };
    case 'project_measure_ytd':
      return {
        zh: '项目填报的数值是1–N月累计完成投资(口径 ytd)',
        en: 'a project report gives the year-to-date investment (measure ytd)',
      };
  }
}

function validateContent(itemType: ItemType, content: ReportContent, complete: boolean): void {
  const problems = reportContentProblems(itemType, content, complete);
  const issues = problems.flatMap((p) => {
    const message = contentMessage(itemType, p.code);
    return fieldError(p.field, p.code, message.zh, message.en).issues;
  });
  const [only] = problems;
  if (only === undefined) return;
  // One problem is its own answer (the form shows its words); several are listed under one.
  if (problems.length === 1) throw new DomainError(only.code, contentMessage(itemType, only.code), issues);
  throw new DomainError('report_invalid', { zh: '填报内容有误', en: 'the report has errors' }, issues);
}

function snapshot(r: Pick<Report, 'measure' | 'value' | 'progressPercent' | 'narrative'>) {
  return { measure: r.measure, value: r.value, progressPercent: r.progressPercent, narrative: r.narrative };
}

type Tx = Parameters<Parameters<typeof transaction>[1]>[0];

function transition(
  ctx: ServiceContext,
  report: Report,
  version: number,
  action: 'save' | 'submit' | 'approve' | 'return',
  change: ReportChange,
  comment: string | null,
  extra?: (tx: Tx, next: Report) => Promise<void>,
): Promise<Report> {
  return transaction(ctx, async (tx) => {
    const next = await applyTransition(ctx, tx, report, version, action, change, comment, extra);
    // Report states show on the dashboard (units behind): cached views must see the change.
    await new PlanRepository(tx, ctx.tenantId).bumpDataVersion(report.planId);
    return next;
  });
}

/**
 * One state change of a report inside the caller's transaction: update, revision, audit. The caller
 * bumps the plan's data version once for all the changes it makes.
 */
async function applyTransition(
  ctx: ServiceContext,
  tx: Tx,
  report: Report,
  version: number,
  action: 'save' | 'submit' | 'approve' | 'return',
  change: ReportChange,
  comment: string | null,
  extra?: (tx: Tx, next: Report) => Promise<void>,
): Promise<Report> {
  {
    const repo = new ReportRepository(tx, ctx.tenantId);
    if (!(await repo.update(report.id, version, change))) {
      const current = await repo.findById(report.id);
      throw versionConflict(current?.version ?? report.version);
    }
    const next = await repo.findById(report.id);
    if (!next) throw new Error('report vanished');
    await repo.appendRevision({
      reportId: report.id,
      version: next.version,
      action,
      status: next.status,
      snapshot: snapshot(next),
      comment,
      actorId: ctx.actor?.id ?? null,
      at: nowOf(ctx),
    });
    if (extra) await extra(tx, next);
    await audit(ctx, tx, {
      action: `report.${action}`,
      entityType: 'report',
      entityId: String(report.id),
      before: { status: report.status, ...snapshot(report) },
      after: { status: next.status, ...snapshot(next), comment },
    });
    return next;
  }
}

export async function saveDraft(
  ctx: ServiceContext,
  reportId: number,
  version: number,
  content: ReportContent,
): Promise<Report> {
  const report = await loadReport(ctx, reportId, 'report.write');
  if (!isEditableReport(report.status)) {
    throw new DomainError('report_not_editable', {
      zh: '已提交或已审核的填报不能修改',
      en: 'a submitted or approved report cannot be changed',
    });
  }
  await requireOpenRound(ctx, report);
  validateContent(report.itemType, content, false);
  if (report.itemType === 'project') await checkProjectReport(ctx, report, content);
  return transition(
    ctx,
    report,
    version,
    'save',
    { ...content, status: 'draft', updatedBy: ctx.actor?.id ?? null, updatedAt: nowOf(ctx) },
    null,
  );
}

/**
 * Saves several drafts as one batch (an uploaded reporting template): every report is checked first,
 * then all are written in one transaction — all of them, or none if any write conflicts.
 */
export async function saveDraftBatch(
  ctx: ServiceContext,
  drafts: readonly { reportId: number; version: number; content: ReportContent }[],
  options: { permission?: 'report.write' | 'report.proxy'; reason?: string } = {},
): Promise<Report[]> {
  // The batch's reports and their rounds are read once, then checked row by row in memory.
  const repo = new ReportRepository(ctx.database.db, ctx.tenantId);
  const byId = new Map((await repo.findByIds(drafts.map((d) => d.reportId))).map((r) => [r.id, r]));
  const roundIds = [...new Set([...byId.values()].map((r) => r.roundId))];
  const rounds = new RoundRepository(ctx.database.db, ctx.tenantId);
  const roundById = new Map(
    await Promise.all(roundIds.map(async (id) => [id, await rounds.findById(id)] as const)),
  );
  const checked: { report: Report; version: number; content: ReportContent }[] = [];
  for (const d of drafts) {
    const report = mayTouch(ctx, d.reportId, byId.get(d.reportId), options.permission ?? 'report.write');
    if (!isEditableReport(report.status)) {
      throw new DomainError('report_not_editable', {
        zh: `填报 ${report.id} 已提交或已审核,不能修改`,
        en: `report ${report.id} is submitted or approved and cannot change`,
      });
    }
    requireOpen(roundById.get(report.roundId));
    validateContent(report.itemType, d.content, false);
    checked.push({ report, version: d.version, content: d.content });
  }
  const now = nowOf(ctx);
  return transaction(ctx, async (tx) => {
    const saved: Report[] = [];
    for (const c of checked) {
      saved.push(
        await applyTransition(
          ctx,
          tx,
          c.report,
          c.version,
          'save',
          {
            ...c.content,
            status: 'draft',
            updatedBy: ctx.actor?.id ?? null,
            updatedAt: now,
          },
          options.reason ?? '模板导入 / template upload',
        ),
      );
    }
    // One invalidation of the cached views per plan, after all the batch's changes.
    const plans = new PlanRepository(tx, ctx.tenantId);
    for (const planId of new Set(checked.map((c) => c.report.planId))) await plans.bumpDataVersion(planId);
    return saved;
  });
}

export async function submitReport(
  ctx: ServiceContext,
  reportId: number,
  version: number,
  content: ReportContent = {},
): Promise<Report> {
  const report = await loadReport(ctx, reportId, 'report.write');
  if (!isEditableReport(report.status)) {
    throw new DomainError('report_not_editable', {
      zh: '该填报已提交或已审核',
      en: 'the report is already submitted or approved',
    });
  }
  await requireOpenRound(ctx, report);
  const merged = {
    measure: content.measure === undefined ? report.measure : content.measure,
    value: content.value === undefined ? report.value : content.value,
    progressPercent: content.progressPercent === undefined ? report.progressPercent : content.progressPercent,
    narrative: content.narrative === undefined ? report.narrative : content.narrative,
  };
  validateContent(report.itemType, merged, true);
  if (report.itemType === 'project') await checkProjectReport(ctx, report, merged);
  const now = nowOf(ctx);
  // The ledger as the unit saw it: approval refuses if it has moved since (ledgerMoved below).
  const basedOnRevision =
    report.itemType === 'indicator' && merged.measure
      ? await new ObservationRepository(ctx.database.db, ctx.tenantId).latestRevision(report.planId, {
          indicatorCode: report.itemCode,
          period: report.period,
          measure: merged.measure,
          layer: 'reported',
        })
      : null;
  return transition(
    ctx,
    report,
    version,
    'submit',
    {
      ...merged,
      status: 'submitted',
      updatedBy: ctx.actor?.id ?? null,
      updatedAt: now,
      submittedAt: now,
      basedOnRevision,
    },
    null,
  );
}

export async function approveReport(
  ctx: ServiceContext,
  reportId: number,
  version: number,
  comment: string | null,
): Promise<Report> {
  const report = await loadReport(ctx, reportId, 'report.review');
  if (report.status !== 'submitted') {
    throw new DomainError('report_not_submitted', {
      zh: '只能审核已提交的填报',
      en: 'only a submitted report can be reviewed',
    });
  }
  // A closed round is the record the office reported on: nothing in it changes any more.
  await requireOpenRound(ctx, report);
  const plan = await new PlanRepository(ctx.database.db, ctx.tenantId).findById(report.planId);
  if (!plan) throw new Error('plan of report vanished');
  const now = nowOf(ctx);
  return transition(
    ctx,
    report,
    version,
    'approve',
    { status: 'approved', reviewComment: comment, reviewedBy: ctx.actor?.id ?? null, reviewedAt: now },
    comment,
    async (tx, next) => {
      // A project's 1–N月累计 enters the project investment ledger (docs/projects.md §3).
      if (next.itemType === 'project') return recordProjectReport(ctx, tx, plan as StoredPlan, next, comment);
      if (next.itemType !== 'indicator' || next.value === null || next.measure === null) return;
      await refuseIfLedgerMoved(ctx, tx, next);
      // An approval is the unit's word on the value: it enters the ledger as the next revision.
      await appendValue(
        ctx,
        tx,
        plan as StoredPlan,
        {
          layer: 'reported',
          indicatorCode: next.itemCode,
          period: next.period,
          measure: next.measure,
          value: next.value,
          source: `填报 #${next.id}`,
          reason: comment ?? '审核通过 / approved',
          reportId: next.id,
          createdBy: next.updatedBy,
        },
        // A writer between the check above and this append still conflicts, as a 409.
        next.basedOnRevision,
      );
    },
  );
}

/**
 * The ledger recorded a newer value of the report's key since the unit submitted (an office
 * correction, another approval): approving would silently replace it with an older figure. The 409
 * carries both values, who entered the newer one and when. Reports submitted before revisions were
 * recorded (null) are approved as before.
 */
async function refuseIfLedgerMoved(ctx: ServiceContext, tx: Tx, report: Report): Promise<void> {
  if (report.basedOnRevision === null || report.measure === null || report.value === null) return;
  const observations = new ObservationRepository(tx, ctx.tenantId);
  const key = {
    indicatorCode: report.itemCode,
    period: report.period,
    measure: report.measure,
    layer: 'reported' as const,
  };
  const latest = await observations.latestRevision(report.planId, key);
  if (latest === report.basedOnRevision) return;
  const entry = (await observations.history(report.planId, report.itemCode)).find(
    (e) =>
      e.layer === 'reported' &&
      e.period === report.period &&
      e.measure === report.measure &&
      e.revision === latest,
  );
  if (!entry) throw new Error('latest ledger revision vanished');
  const by =
    entry.createdBy === null ? null : await new UserRepository(tx, ctx.tenantId).findById(entry.createdBy);
  const conflict: LedgerMoved = {
    submitted: {
      value: report.value,
      basedOnRevision: report.basedOnRevision,
      submittedAt: report.submittedAt,
    },
    current: {
      value: entry.value,
      revision: entry.revision,
      byName: by?.displayName ?? null,
      at: entry.createdAt,
      reason: entry.reason,
    },
  };
  const when = `${entry.createdAt.slice(0, 16).replace('T', ' ')} UTC`;
  const who = conflict.current.byName ?? '—';
  throw new DomainError(
    'ledger_moved',
    {
      zh: `提交后台账已变动:填报值 ${report.value},当前台账值 ${entry.value}(${who} 于 ${when} 录入,修订 ${entry.revision})。请退回填报单位核对后重新提交`,
      en: `the ledger changed after the submission: submitted ${report.value}, current ${entry.value} (entered by ${who} at ${when}, revision ${entry.revision}); return the report for the unit to check and submit again`,
    },
    [],
    { conflict },
  );
}

export async function returnReport(
  ctx: ServiceContext,
  reportId: number,
  version: number,
  comment: string,
): Promise<Report> {
  const report = await loadReport(ctx, reportId, 'report.review');
  if (report.status !== 'submitted') {
    throw new DomainError('report_not_submitted', {
      zh: '只能退回已提交的填报',
      en: 'only a submitted report can be returned',
    });
  }
  await requireOpenRound(ctx, report);
  if (!comment.trim()) {
    throw fieldError('comment', 'comment_required', '退回时请写明原因', 'say why the report is returned');
  }
  return transition(
    ctx,
    report,
    version,
    'return',
    { status: 'returned', reviewComment: comment, reviewedBy: ctx.actor?.id ?? null, reviewedAt: nowOf(ctx) },
    comment,
  );
}

export async function getReport(ctx: ServiceContext, reportId: number): Promise<Report> {
  return loadReport(ctx, reportId, 'report.read');
}

export async function reportHistory(ctx: ServiceContext, reportId: number) {
  const report = await loadReport(ctx, reportId, 'report.read');
  return new ReportRepository(ctx.database.db, ctx.tenantId).revisions(report.id);
}

export interface ReportListFilter {
  roundId?: number;
  status?: ReportStatus[];
  unitId?: number;
}

/** Reports the actor may see: their own unit's, or all for the office and leaders. */
export async function listReports(
  ctx: ServiceContext,
  plan: StoredPlan,
  filter: ReportListFilter,
): Promise<Report[]> {
  const actor = authorize(ctx.actor, 'report.read');
  const only = visibleUnit(actor);
  if (only !== null && filter.unitId !== undefined && filter.unitId !== only) {
    authorize(actor, 'report.read', filter.unitId);
  }
  return new ReportRepository(ctx.database.db, ctx.tenantId).list({
    planId: plan.id,
    ...(filter.roundId === undefined ? {} : { roundId: filter.roundId }),
    ...(filter.status ? { status: filter.status } : {}),
    ...(only === null ? (filter.unitId === undefined ? {} : { unitId: filter.unitId }) : { unitId: only }),
  });
}

/** The last approved value of an indicator, shown next to the input (上期审定值). */
export async function lastApprovedValue(ctx: ServiceContext, planId: number, indicatorCode: string) {
  const history = await new ObservationRepository(ctx.database.db, ctx.tenantId).history(
    planId,
    indicatorCode,
  );
  return history.filter((e) => e.layer === 'reported').at(-1) ?? null;
}
