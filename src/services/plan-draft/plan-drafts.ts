/**
 * The review of a draft plan, as use-cases: create a draft from an uploaded file or pasted text,
 * read it with its problems, save the office's edits as a new revision (409 when someone saved
 * first), and publish it as the plan's first version — only when the package rules find no error,
 * and only once: a second publisher, or an editor holding an old revision, gets 409.
 */

import { DomainError, versionConflict } from '../../contracts/domain-error';
import type { DraftCandidates, DraftSummary, DraftView } from '../../contracts/plan-draft-api';
import { draftCandidatesSchema } from '../../contracts/plan-draft-api';
import { PlanDraftRepository, type PlanDraftRow } from '../../db/repositories/plan-draft-repository';
import { PlanRepository } from '../../db/repositories/plan-repository';
import { audit, nowOf, type ServiceContext, transaction } from '../context';
import { importPlanPackage } from '../plan-package/plan-import';
import { checkDraft, type DraftResult, draftFromFile, draftFromText } from './draft-document';

function notFound(id: number): DomainError {
  return new DomainError('plan_draft_not_found', {
    zh: `规划草稿 ${id} 不存在`,
    en: `plan draft ${id} does not exist`,
  });
}

async function summaryOf(ctx: ServiceContext, row: PlanDraftRow): Promise<DraftSummary> {
  let planCode: string | null = null;
  if (row.plan_id !== null)
    planCode = (await new PlanRepository(ctx.database.db, ctx.tenantId).findById(row.plan_id))?.code ?? null;
  return {
    id: row.id,
    code: row.code,
    fileName: row.file_name,
    status: row.status as DraftSummary['status'],
    revision: row.revision,
    createdAt: row.created_at,
    publishedAt: row.published_at,
    planCode,
  };
}

async function store(ctx: ServiceContext, result: DraftResult): Promise<DraftView> {
  const now = nowOf(ctx);
  const id = await transaction(ctx, async (tx) => {
    const drafts = new PlanDraftRepository(tx, ctx.tenantId);
    const draftId = await drafts.insert(
      {
        code: result.candidates.plan.code,
        fileName: result.candidates.source.fileName,
        source: JSON.stringify(result.candidates.source),
        lines: JSON.stringify(result.lines),
        candidates: JSON.stringify(result.candidates),
        createdBy: ctx.actor?.id ?? null,
      },
      now,
    );
    await audit(ctx, tx, {
      action: 'plan_draft.create',
      entityType: 'plan_draft',
      entityId: String(draftId),
      after: { file: result.candidates.source.fileName },
    });
    return draftId;
  });
  return getDraft(ctx, id);
}

export async function createDraftFromFile(
  ctx: ServiceContext,
  bytes: Uint8Array,
  fileName: string,
  code?: string,
): Promise<DraftView> {
  return store(ctx, await draftFromFile(bytes, fileName, { code }));
}

export async function createDraftFromText(
  ctx: ServiceContext,
  text: string,
  name?: string,
  code?: string,
): Promise<DraftView> {
  const result = await draftFromText(text, { code });
  if (name) result.candidates.source.fileName = name;
  return store(ctx, result);
}

export async function listDrafts(ctx: ServiceContext): Promise<DraftSummary[]> {
  const rows = await new PlanDraftRepository(ctx.database.db, ctx.tenantId).list();
  return Promise.all(rows.map((r) => summaryOf(ctx, r)));
}

async function current(
  ctx: ServiceContext,
  id: number,
): Promise<{ row: PlanDraftRow; candidates: DraftCandidates }> {
  const drafts = new PlanDraftRepository(ctx.database.db, ctx.tenantId);
  const row = await drafts.find(id);
  const json = row ? await drafts.candidates(id, row.revision) : undefined;
  if (!row || !json) throw notFound(id);
  return { row, candidates: draftCandidatesSchema.parse(JSON.parse(json)) };
}

export async function getDraft(ctx: ServiceContext, id: number): Promise<DraftView> {
  const { row, candidates } = await current(ctx, id);
  return {
    ...(await summaryOf(ctx, row)),
    lines: JSON.parse(row.lines) as string[],
    candidates,
    issues: checkDraft(candidates).issues,
  };
}

function refusePublished(row: PlanDraftRow): void {
  if (row.status !== 'draft') {
    throw new DomainError('draft_published', {
      zh: `草稿 ${row.id} 已发布或正在发布,不能再修改`,
      en: `draft ${row.id} is published or being published and can no longer change`,
    });
  }
}

export async function saveDraft(
  ctx: ServiceContext,
  id: number,
  expectedRevision: number,
  candidates: DraftCandidates,
): Promise<DraftView> {
  const { row } = await current(ctx, id);
  refusePublished(row);
  const now = nowOf(ctx);
  await transaction(ctx, async (tx) => {
    const drafts = new PlanDraftRepository(tx, ctx.tenantId);
    if (!(await drafts.advance(id, expectedRevision)))
      throw versionConflict((await drafts.find(id))?.revision ?? row.revision);
    // the source and the document are the file's: the office edits what was read from them
    const kept = {
      ...candidates,
      source: draftCandidatesSchema.parse(JSON.parse((await drafts.candidates(id, expectedRevision)) ?? '{}'))
        .source,
    };
    await drafts.insertRevision(id, expectedRevision + 1, JSON.stringify(kept), ctx.actor?.id ?? null, now);
    await audit(ctx, tx, {
      action: 'plan_draft.save',
      entityType: 'plan_draft',
      entityId: String(id),
      after: { revision: expectedRevision + 1 },
    });
  });
  return getDraft(ctx, id);
}

export async function publishDraft(ctx: ServiceContext, id: number, expectedRevision: number) {
  const { row, candidates } = await current(ctx, id);
  refusePublished(row);
  if (row.revision !== expectedRevision) throw versionConflict(row.revision);
  const { pkg, issues } = checkDraft(candidates);
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) {
    throw new DomainError(
      'draft_invalid',
      {
        zh: `草稿还有 ${errors.length} 个问题,解决后才能发布`,
        en: `the draft has ${errors.length} problem(s) to resolve before it can be published`,
      },
      errors,
    );
  }
  const drafts = new PlanDraftRepository(ctx.database.db, ctx.tenantId);
  if (!(await drafts.claim(id, expectedRevision)))
    throw versionConflict((await drafts.find(id))?.revision ?? row.revision);
  // published, the package is an ordinary plan: the draft mark goes
  const meta = { ...pkg.meta };
  delete meta.draft;
  try {
    const imported = await importPlanPackage(ctx, { ...pkg, meta }, { includeDemo: false });
    await transaction(ctx, async (tx) => {
      await new PlanDraftRepository(tx, ctx.tenantId).published(
        id,
        imported.planId,
        ctx.actor?.id ?? null,
        nowOf(ctx),
      );
      await audit(ctx, tx, {
        action: 'plan_draft.publish',
        entityType: 'plan_draft',
        entityId: String(id),
        after: { plan: meta.code },
      });
    });
    return { planCode: meta.code, planId: imported.planId, indicators: imported.indicators };
  } catch (error) {
    await drafts.release(id);
    throw error;
  }
}
