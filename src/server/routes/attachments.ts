/**
 * Evidence files: upload to a report (multipart), list, download — always as an attachment.
 */

import { idParams } from '../../contracts/common-api';
import { DomainError } from '../../contracts/domain-error';
import { attachmentListSchema, attachmentSchema, evidenceMediaTypes } from '../../contracts/reporting-api';
import { addAttachment, listAttachments, readAttachment } from '../../services/reporting/attachments';
import { defineRoute } from '../http/route';

export const attachmentRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/reports/:id/attachments',
    access: 'report.write',
    summary: '上传佐证材料(pdf、图片、office 文件)/ upload evidence (pdf, images, office files)',
    tags: ['reports'],
    params: idParams,
    multipart: true,
    response: { 201: attachmentSchema },
    handler: async ({ params, ctx, request, reply }) => {
      if (!request.isMultipart()) {
        throw new DomainError('unsupported_media_type', {
          zh: '请以 multipart/form-data 上传文件',
          en: 'upload the file as multipart/form-data',
        });
      }
      const part = await request.file();
      if (!part) throw new DomainError('file_missing', { zh: '没有收到文件', en: 'no file received' });
      const bytes = await part.toBuffer();
      const saved = await addAttachment(ctx, request.server.lantu.dataDir, params.id, {
        name: part.filename,
        bytes,
      });
      reply.code(201);
      return saved;
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/reports/:id/attachments',
    access: 'report.read',
    summary: '佐证材料列表 / evidence of a report',
    tags: ['reports'],
    params: idParams,
    response: { 200: attachmentListSchema },
    handler: async ({ params, ctx }) => listAttachments(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/attachments/:id',
    access: 'report.read',
    summary: '下载佐证材料(总是作为附件)/ download evidence (always as an attachment)',
    tags: ['reports'],
    params: idParams,
    response: { 200: { files: evidenceMediaTypes } },
    handler: async ({ params, ctx, request, reply }) => {
      const { attachment, bytes } = await readAttachment(ctx, request.server.lantu.dataDir, params.id);
      const ascii = attachment.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
      return reply
        .header('content-type', attachment.contentType)
        .header(
          'content-disposition',
          `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
        )
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .send(bytes);
    },
  }),
];
