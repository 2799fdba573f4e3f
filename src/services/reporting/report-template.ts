/**
 * Reporting templates (填报模板): download one .xlsx per unit (or one for all) listing exactly what is
 * owed in a round; upload it filled in and see, row by row, what was accepted, unchanged or rejected
 * (with row, column and reason in Chinese and English). Accepted rows are saved as one batch of
 * drafts; in strict mode one rejected row means nothing is saved.
 */

import { DomainError, notFound } from '../../contracts/domain-error';
import { isEditableReport } from '../../contracts/report-workflow';
import { OrgUnitRepository } from '../../db/repositories/org-unit-repository';
import { PlanRepository } from '../../db/repositories/plan-repository';
import { type Report, ReportRepository } from '../../db/repositories/report-repository';
import {
  cellText,
  type RowOutcome,
  readTemplateRow,
  rejected,
  type TemplateRowContent,
} from '../../io/importers/report-template-rows';
import { SpreadsheetRefusal } from '../../io/spreadsheet-safety/spreadsheet-refusal';
import { type TemplateRow, writeReportTemplate } from '../../io/xlsx/report-template';
import { type TemplateLimits, templateLimits } from '../../io/xlsx/report-template-limits';
import { readReportTemplate } from '../../io/xlsx/report-template-read';
import { authorize, visibleUnit } from '../authorization';
import type { ServiceContext } from '../context';
import type { SpreadsheetReader } from '../spreadsheet-reader';
import { inbox, itemUnit } from './inbox';
import { type ReportContent, saveDraftBatch } from './reports';
import { getRound } from './rounds';

const statusNames: Record<Report['status'], string> = {
  pending: '待填报',
  draft: '草稿',
  submitted: '已提交',
  approved: '已审核',
  returned: '已退回',
};

export async function templateFor(
  ctx: ServiceContext,
  roundId: number,
  unitCode: string | null,
): Promise<{ fileName: string; bytes: Buffer }> {
  const actor = authorize(ctx.actor, 'report.read');
  const round = await getRound(ctx, roundId);
  const units = await new OrgUnitRepository(ctx.database.db, ctx.tenantId).list();
  const only = visibleUnit(actor);
  const chosen = unitCode === null ? null : units.find((u) => u.code === unitCode);
  if (unitCode !== null && !chosen) {
    throw new DomainError('unit_not_found', {
      zh: `单位 ${unitCode} 不存在`,
      en: `unit ${unitCode} not found`,
    });
  }
  const unitId = only ?? chosen?.id;
  const items = (await inbox(ctx, unitId === undefined ? {} : { unitId })).filter(
    (i) => i.round.id === round.id,
  );
  const plan = await new PlanRepository(ctx.database.db, ctx.tenantId).findById(round.planId);
  const unitName = (id: number) => units.find((u) => u.id === id)?.name ?? String(id);
  const rows: TemplateRow[] = items.map((i) => ({
    reportId: i.report.id,
    itemType: i.report.itemType,
    code: i.report.itemCode,
    name: i.item.name,
    unit: i.item.unit,
    period: i.report.period,
    measure: i.report.measure,
    lastApproved: i.lastApproved?.value ?? null,
    annualTarget: i.annualTarget,
    value: i.report.value,
    progressPercent: i.report.progressPercent,
    narrative: i.report.narrative,
    status: statusNames[i.report.status],
    unitName: unitName(i.report.unitId),
  }));
  const unit = unitId === undefined ? null : (units.find((u) => u.id === unitId) ?? null);
  const bytes = await writeReportTemplate({
    title: `${plan?.shortName ?? ''} ${round.name}${unit ? ` — ${unit.name}` : ''}`,
    notes: `请在黄色列填写:口径、本期数值(只填数字,不带单位)、完成进度、进展情况;蓝色列不能修改。截止日期 ${round.dueOn}。填好后在“填报”页面上传本文件。/ Fill the yellow columns only; due ${round.dueOn}.`,
    identity: {
      plan: plan?.code ?? '',
      round: round.id,
      unit: unit?.code ?? null,
      generatedAt: ctx.clock().toISOString(),
    },
    rows,
  });
  const safe = `${round.name}${unit ? `-${unit.name}` : ''}`.replace(/[\\/:*?"<>|\s]+/g, '_');
  return { fileName: `填报模板-${safe}.xlsx`, bytes };
}

export interface TemplateUploadResult {
  round: number;
  strict: boolean;
  /** Whether the accepted rows were saved (false in strict mode with any rejection). */
  applied: boolean;
  counts: { accepted: number; unchanged: number; rejected: number };
  /** Each row with the code of the item it reports on, when its report id was recognised. */
  rows: (RowOutcome & { itemCode: string | null })[];
}

function sameAsStored(report: Report, content: TemplateRowContent): boolean {
  return (
    (content.measure ?? report.measure) === report.measure &&
    (content.value ?? report.value) === report.value &&
    (content.progressPercent ?? report.progressPercent) === report.progressPercent &&
    (content.narrative ?? report.narrative) === report.narrative
  );
}

/**
 * Refusals of the safety gate, and files ExcelJS cannot read, become 4xx answers that say why. The
 * reader's limits follow from the largest open round: no template holds more rows than it has reports.
 */
export async function readTemplateOrExplain(
  bytes: Buffer,
  limits: TemplateLimits,
  reader?: SpreadsheetReader,
) {
  try {
    return await (reader ? reader.readTemplate(bytes, limits) : readReportTemplate(bytes, limits));
  } catch (error) {
    if (error instanceof SpreadsheetRefusal) {
      throw new DomainError(error.code, error.messages, [error.toIssue('upload')]);
    }
    throw new DomainError('template_unreadable', {
      zh: '无法读取上传的文件;请上传本系统下载的 .xlsx 填报模板',
      en: 'the upload cannot be read; upload the .xlsx reporting template downloaded from Lantu',
    });
  }
}

/** 代为上传: the plan office uploads the template a unit sent it, for that unit and round only. */
export interface OnBehalfOf {
  roundId: number;
  unitCode: string;
}

export async function applyTemplate(
  ctx: ServiceContext,
  bytes: Buffer,
  options: { strict: boolean; onBehalfOf?: OnBehalfOf },
): Promise<TemplateUploadResult> {
  const proxy = options.onBehalfOf;
  const actor = authorize(ctx.actor, proxy ? 'report.proxy' : 'report.write');
  const proxyUnit = proxy ? await requireUnit(ctx, proxy.unitCode) : null;
  const capacity = await new ReportRepository(ctx.database.db, ctx.tenantId).largestOpenRound();
  const upload = await readTemplateOrExplain(bytes, templateLimits(capacity), ctx.spreadsheetReading);
  if (!upload.identity || upload.issues.length > 0) {
    throw new DomainError(
      upload.issues[0]?.code ?? 'template_invalid',
      { zh: '上传的文件不是可用的填报模板', en: 'the uploaded file is not a usable reporting template' },
      upload.issues,
    );
  }
  if (proxy) checkProxyIdentity(upload.identity, proxy, proxyUnit?.name ?? proxy.unitCode);
  const round = await getRound(ctx, upload.identity.round);
  if (round.status !== 'open') {
    throw new DomainError('round_closed', {
      zh: `填报轮次「${round.name}」已关闭,不能再上传`,
      en: `the round "${round.name}" is closed; uploads are no longer accepted`,
    });
  }
  const reports = await new ReportRepository(ctx.database.db, ctx.tenantId).list({ roundId: round.id });
  const byId = new Map(reports.map((r) => [r.id, r]));
  const definition = await new PlanRepository(ctx.database.db, ctx.tenantId).loadDefinition(round.planId);
  // A unit's own upload is limited to its unit; the office's upload on behalf of one, to that one.
  const only = proxyUnit ? proxyUnit.id : visibleUnit(actor);
  const outcomes: RowOutcome[] = [];
  const drafts: { reportId: number; version: number; content: ReportContent }[] = [];
  const seen = new Set<number>();
  for (const row of upload.rows) {
    const id = Number(cellText(row.cells.reportId));
    const report = Number.isInteger(id) ? byId.get(id) : undefined;
    if (!report || (only !== null && report.unitId !== only)) {
      outcomes.push(
        rejected(
          row,
          null,
          'reportId',
          '填报编号',
          proxyUnit
            ? {
                zh: `填报编号「${cellText(row.cells.reportId)}」不是「${proxyUnit.name}」在本轮次的事项`,
                en: `report id "${cellText(row.cells.reportId)}" is not an item ${proxyUnit.code} owes in this round`,
              }
            : {
                zh: `填报编号「${cellText(row.cells.reportId)}」不是本单位在本轮次的事项`,
                en: `report id "${cellText(row.cells.reportId)}" is not an item your unit owes in this round`,
              },
        ),
      );
      continue;
    }
    if (seen.has(report.id)) {
      outcomes.push(
        rejected(row, report.id, 'reportId', '填报编号', {
          zh: '同一事项出现了两次',
          en: 'the same item appears twice',
        }),
      );
      continue;
    }
    seen.add(report.id);
    if (!isEditableReport(report.status)) {
      outcomes.push(
        rejected(row, report.id, 'reportId', '填报编号', {
          zh: `该事项${statusNames[report.status]},不能再修改`,
          en: `the item is ${report.status} and cannot change`,
        }),
      );
      continue;
    }
    const content = readTemplateRow(row, report.id, itemUnit(definition, report));
    if ('outcome' in content) {
      outcomes.push(content);
      continue;
    }
    if (sameAsStored(report, content)) {
      outcomes.push({ row: row.row, reportId: report.id, outcome: 'unchanged' });
      continue;
    }
    drafts.push({ reportId: report.id, version: report.version, content });
    outcomes.push({ row: row.row, reportId: report.id, outcome: 'accepted' });
  }
  const rejectedCount = outcomes.filter((o) => o.outcome === 'rejected').length;
  const apply = drafts.length > 0 && !(options.strict && rejectedCount > 0);
  if (apply) {
    await saveDraftBatch(
      ctx,
      drafts,
      proxyUnit
        ? {
            permission: 'report.proxy',
            reason: `规划办代${proxyUnit.name}上传模板 / template uploaded by the plan office for ${proxyUnit.code}`,
          }
        : {},
    );
  }
  return {
    round: round.id,
    strict: options.strict,
    applied: apply,
    counts: {
      accepted: drafts.length,
      unchanged: outcomes.filter((o) => o.outcome === 'unchanged').length,
      rejected: rejectedCount,
    },
    rows: outcomes.map((o) => ({
      ...o,
      itemCode: o.reportId === null ? null : (byId.get(o.reportId)?.itemCode ?? null),
    })),
  };
}

async function requireUnit(
  ctx: ServiceContext,
  code: string,
): Promise<{ id: number; code: string; name: string }> {
  const unit = await new OrgUnitRepository(ctx.database.db, ctx.tenantId).findByCode(code);
  if (!unit) throw notFound('unit_not_found', `单位「${code}」不存在`, `unit "${code}" not found`);
  return unit;
}

/**
 * The file must be this round's template, and a unit's template must be this unit's: an office that
 * picks the wrong attachment from its mailbox is told so before anything is read into a report.
 */
function checkProxyIdentity(
  identity: { round: number; unit: string | null },
  target: OnBehalfOf,
  unitName: string,
): void {
  if (identity.round !== target.roundId) {
    throw new DomainError('template_wrong_round', {
      zh: `这份模板属于另一个填报轮次(编号 ${identity.round}),不是本轮次(编号 ${target.roundId})`,
      en: `this template belongs to another round (${identity.round}), not round ${target.roundId}`,
    });
  }
  if (identity.unit !== null && identity.unit !== target.unitCode) {
    throw new DomainError('template_wrong_unit', {
      zh: `这份模板是单位「${identity.unit}」的,不是「${unitName}」的`,
      en: `this template is unit ${identity.unit}'s, not ${target.unitCode}'s`,
    });
  }
}
