/**
 * Plan drafts and their revisions. A save appends a revision and moves the head only if the head is
 * still at the revision the writer read (optimistic concurrency); publishing moves it the same way,
 * so two offices publishing or editing at once cannot both succeed.
 */
import type { Selectable } from 'kysely';
import type { PlanDraftsTable } from '../schema';
import type { Executor } from './executor';

export type PlanDraftRow = Selectable<PlanDraftsTable>;

export interface NewPlanDraft {
  code: string;
  fileName: string;
  source: string;
  lines: string;
  candidates: string;
  createdBy: number | null;
}

export class PlanDraftRepository {
  constructor(
    private readonly db: Executor,
    private readonly tenantId: number,
  ) {}

  async insert(draft: NewPlanDraft, now: string): Promise<number> {
    const row = await this.db
      .insertInto('plan_drafts')
      .values({
        tenant_id: this.tenantId,
        code: draft.code,
        file_name: draft.fileName,
        source: draft.source,
        lines: draft.lines,
        status: 'draft',
        revision: 1,
        plan_id: null,
        created_by: draft.createdBy,
        created_at: now,
        published_by: null,
        published_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await this.insertRevision(row.id, 1, draft.candidates, draft.createdBy, now);
    return row.id;
  }

  async list(): Promise<PlanDraftRow[]> {
    return this.db
      .selectFrom('plan_drafts')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .orderBy('id', 'desc')
      .execute();
  }

  async find(id: number): Promise<PlanDraftRow | undefined> {
    return this.db
      .selectFrom('plan_drafts')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async candidates(draftId: number, revision: number): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('plan_draft_revisions')
      .select('candidates')
      .where('tenant_id', '=', this.tenantId)
      .where('draft_id', '=', draftId)
      .where('revision', '=', revision)
      .executeTakeFirst();
    return row?.candidates;
  }

  /** Moves the head from `expected` to `expected + 1` if nobody did first; false when stale. */
  async advance(draftId: number, expected: number): Promise<boolean> {
    const result = await this.db
      .updateTable('plan_drafts')
      .set({ revision: expected + 1 })
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', draftId)
      .where('revision', '=', expected)
      .where('status', '=', 'draft')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async insertRevision(
    draftId: number,
    revision: number,
    candidates: string,
    by: number | null,
    now: string,
  ): Promise<void> {
    await this.db
      .insertInto('plan_draft_revisions')
      .values({
        tenant_id: this.tenantId,
        draft_id: draftId,
        revision,
        candidates,
        created_by: by,
        created_at: now,
      })
      .execute();
  }

  /**
   * Claims the draft for publishing at `expected`: only one publisher can, and the draft cannot be
   * edited meanwhile. False when it moved on, is being published or was published already.
   */
  async claim(draftId: number, expected: number): Promise<boolean> {
    const result = await this.db
      .updateTable('plan_drafts')
      .set({ status: 'publishing' })
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', draftId)
      .where('revision', '=', expected)
      .where('status', '=', 'draft')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Gives a claimed draft back (the plan could not be created). */
  async release(draftId: number): Promise<void> {
    await this.db
      .updateTable('plan_drafts')
      .set({ status: 'draft' })
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', draftId)
      .where('status', '=', 'publishing')
      .execute();
  }

  async published(draftId: number, planId: number, by: number | null, now: string): Promise<void> {
    await this.db
      .updateTable('plan_drafts')
      .set({ status: 'published', plan_id: planId, published_by: by, published_at: now })
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', draftId)
      .where('status', '=', 'publishing')
      .execute();
  }
}
