/**
 * Evidence files (佐证材料) attached to reports. The bytes live under LANTU_DATA_DIR/uploads,
 * named by a random storage key — never by the user's file name.
 */

import type { Selectable } from 'kysely';
import type { AttachmentsTable } from '../schema';
import type { Executor } from './executor';

export interface Attachment {
  id: number;
  reportId: number;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  storageKey: string;
  uploadedBy: number | null;
  createdAt: string;
}

export class AttachmentRepository {
  constructor(
    private readonly db: Executor,
    private readonly tenantId: number,
  ) {}

  async insert(a: Omit<Attachment, 'id'>): Promise<Attachment> {
    const { id } = await this.db
      .insertInto('attachments')
      .values({
        tenant_id: this.tenantId,
        report_id: a.reportId,
        file_name: a.fileName,
        content_type: a.contentType,
        size: a.size,
        sha256: a.sha256,
        storage_key: a.storageKey,
        uploaded_by: a.uploadedBy,
        created_at: a.createdAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { ...a, id };
  }

  async forReport(reportId: number): Promise<Attachment[]> {
    const rows = await this.db
      .selectFrom('attachments')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('report_id', '=', reportId)
      .orderBy('id')
      .execute();
    return rows.map(toAttachment);
  }

  async findById(id: number): Promise<Attachment | undefined> {
    const row = await this.db
      .selectFrom('attachments')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toAttachment(row);
  }
}

function toAttachment(
  r: Pick<
    Selectable<AttachmentsTable>,
    | 'id'
    | 'report_id'
    | 'file_name'
    | 'content_type'
    | 'size'
    | 'sha256'
    | 'storage_key'
    | 'uploaded_by'
    | 'created_at'
  >,
): Attachment {
  return {
    id: r.id,
    reportId: r.report_id,
    fileName: r.file_name,
    contentType: r.content_type,
    size: r.size,
    sha256: r.sha256,
    storageKey: r.storage_key,
    uploadedBy: r.uploaded_by,
    createdAt: r.created_at,
  };
}
