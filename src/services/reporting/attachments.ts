/**
 * Evidence (佐证材料) on reports: stored under LANTU_DATA_DIR/uploads by a random key, checked by
 * content (a file that lies about its type is refused), always served back as an attachment.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError, notFound } from '../../contracts/domain-error';
import { privateDir, writePrivateFile } from '../../db/private-files';
import { type Attachment, AttachmentRepository } from '../../db/repositories/attachment-repository';
import {
  acceptedExtensions,
  contentTypeFor,
  extensionOf,
  safeFileName,
  sniffEvidence,
} from '../../io/uploads/file-type';
import { authorize } from '../authorization';
import { audit, nowOf, type ServiceContext, transaction } from '../context';
import { loadReport } from './reports';

/** `uploads/<tenant>` under the data folder, owner-only like every file in it. */
function uploadsDir(dataDir: string, tenantId: number): string {
  const dir = join(dataDir, 'uploads', String(tenantId));
  privateDir(dir);
  return dir;
}

export async function addAttachment(
  ctx: ServiceContext,
  dataDir: string,
  reportId: number,
  file: { name: string; bytes: Buffer },
): Promise<Attachment> {
  const report = await loadReport(ctx, reportId, 'report.write');
  if (report.status === 'approved') {
    throw new DomainError('report_not_editable', {
      zh: '已审核的填报不能再添加附件',
      en: 'an approved report takes no more attachments',
    });
  }
  const name = safeFileName(file.name);
  if (!name) {
    throw new DomainError('bad_file_name', {
      zh: `文件名「${file.name.slice(0, 80)}」无效`,
      en: `invalid file name "${file.name.slice(0, 80)}"`,
    });
  }
  const extension = extensionOf(name);
  const type = sniffEvidence(file.bytes.subarray(0, 16));
  if (!acceptedExtensions.includes(extension)) {
    throw new DomainError('unsupported_media_type', {
      zh: `不接受 .${extension || '(无扩展名)'} 文件;可上传 ${acceptedExtensions.join('、')}`,
      en: `.${extension || '(none)'} files are not accepted; upload ${acceptedExtensions.join(', ')}`,
    });
  }
  if (!type?.extensions.includes(extension)) {
    throw new DomainError('unsupported_media_type', {
      zh: `文件内容与扩展名 .${extension} 不符`,
      en: `the file's content does not match its extension .${extension}`,
    });
  }
  const key = randomBytes(16).toString('hex');
  const dir = uploadsDir(dataDir, ctx.tenantId);
  // Write then rename: a crash never leaves a half-written file under its final name.
  writePrivateFile(join(dir, `${key}.part`), file.bytes);
  renameSync(join(dir, `${key}.part`), join(dir, key));
  return transaction(ctx, async (tx) => {
    const saved = await new AttachmentRepository(tx, ctx.tenantId).insert({
      reportId,
      fileName: name,
      contentType: contentTypeFor(type, extension),
      size: file.bytes.length,
      sha256: createHash('sha256').update(file.bytes).digest('hex'),
      storageKey: key,
      uploadedBy: ctx.actor?.id ?? null,
      createdAt: nowOf(ctx),
    });
    await audit(ctx, tx, {
      action: 'attachment.add',
      entityType: 'report',
      entityId: String(reportId),
      after: { id: saved.id, fileName: saved.fileName, size: saved.size, sha256: saved.sha256 },
    });
    return saved;
  });
}

async function visibleAttachment(ctx: ServiceContext, id: number): Promise<Attachment> {
  authorize(ctx.actor, 'report.read');
  const attachment = await new AttachmentRepository(ctx.database.db, ctx.tenantId).findById(id);
  if (!attachment) throw notFound('attachment_not_found', `附件 ${id} 不存在`, `attachment ${id} not found`);
  await loadReport(ctx, attachment.reportId, 'report.read');
  return attachment;
}

export async function readAttachment(
  ctx: ServiceContext,
  dataDir: string,
  id: number,
): Promise<{ attachment: Attachment; bytes: Buffer }> {
  const attachment = await visibleAttachment(ctx, id);
  return { attachment, bytes: readFileSync(join(uploadsDir(dataDir, ctx.tenantId), attachment.storageKey)) };
}

export async function listAttachments(ctx: ServiceContext, reportId: number): Promise<Attachment[]> {
  const report = await loadReport(ctx, reportId, 'report.read');
  return new AttachmentRepository(ctx.database.db, ctx.tenantId).forReport(report.id);
}
