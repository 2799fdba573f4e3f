/**
 * Evidence links: an attachment uploaded once (a photo, a document) linked to the things it proves —
 * a task, an indicator, a project — instead of being uploaded again for each (no 重复索要).
 */
import type { Executor } from './executor';

export type EvidenceItemType = 'task' | 'indicator' | 'project';

export interface EvidenceLink {
  attachmentId: number;
  itemType: EvidenceItemType;
  itemCode: string;
  createdBy: number | null;
  createdAt: string;
}

export class TaskEvidenceRepository {
  constructor(
    private readonly db: Executor,
    private readonly tenantId: number,
  ) {}

  /** Links the attachment to the item unless it is linked already; true when a link was added. */
  async link(planId: number, l: EvidenceLink): Promise<boolean> {
    const existing = await this.db
      .selectFrom('evidence_links')
      .select('id')
      .where('tenant_id', '=', this.tenantId)
      .where('plan_id', '=', planId)
      .where('attachment_id', '=', l.attachmentId)
      .where('item_type', '=', l.itemType)
      .where('item_code', '=', l.itemCode)
      .executeTakeFirst();
    if (existing) return false;
    await this.db
      .insertInto('evidence_links')
      .values({
        tenant_id: this.tenantId,
        plan_id: planId,
        attachment_id: l.attachmentId,
        item_type: l.itemType,
        item_code: l.itemCode,
        created_by: l.createdBy,
        created_at: l.createdAt,
      })
      .execute();
    return true;
  }

  /** Every link of the attachments given (what each piece of evidence already serves). */
  async forAttachments(planId: number, attachmentIds: readonly number[]): Promise<EvidenceLink[]> {
    if (attachmentIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('evidence_links')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('plan_id', '=', planId)
      .where('attachment_id', 'in', [...attachmentIds])
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      attachmentId: r.attachment_id,
      itemType: r.item_type as EvidenceItemType,
      itemCode: r.item_code,
      createdBy: r.created_by,
      createdAt: r.created_at,
    }));
  }
}
