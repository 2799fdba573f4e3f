/**
 * Spreadsheets in and out: reporting templates per round (download, upload), historic data imports,
 * and exports of the indicator table, a ledger and the audit log (xlsx or CSV).
 */

import type { FastifyReply, FastifyRequest } from 'fastify';
import { idParams, planItemParams, planParams } from '../../contracts/common-api';
import { DomainError } from '../../contracts/domain-error';
import {
  formatQuery,
  historicImportQuery,
  historicUploadResultSchema,
  indicatorExportQuery,
  proxyUploadParams,
  tableMediaTypes,
  templateQuery,
  templateUploadQuery,
  templateUploadResultSchema,
  xlsxMediaType,
} from '../../contracts/files-api';
import { importHistoricUpload } from '../../services/ledger/observation-upload';
import {
  type ExportFile,
  exportAudit,
  exportIndicatorTable,
  exportLedger,
} from '../../services/plans/exports';
import { defaultAsOf } from '../../services/plans/plan-views';
import { findPlan } from '../../services/plans/stored-plan';
import { applyTemplate, templateFor } from '../../services/reporting/report-template';
import { defineRoute } from '../http/route';

/** Files go out as attachments with a UTF-8 file name that Chinese Windows shows correctly. */
export function sendFile(
  reply: FastifyReply,
  file: { fileName: string; contentType: string; bytes: Buffer },
): FastifyReply {
  const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return reply
    .header('content-type', file.contentType)
    .header(
      'content-disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    )
    .send(file.bytes);
}

export async function uploadedFile(request: FastifyRequest): Promise<{ name: string; bytes: Buffer }> {
  if (!request.isMultipart()) {
    throw new DomainError('unsupported_media_type', {
      zh: '请以 multipart/form-data 上传文件',
      en: 'upload the file as multipart/form-data',
    });
  }
  const part = await request.file();
  if (!part) throw new DomainError('file_missing', { zh: '没有收到文件', en: 'no file received' });
  return { name: part.filename, bytes: await part.toBuffer() };
}

export const fileRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/rounds/:id/template',
    access: 'report.read',
    summary: '下载本轮填报模板(xlsx,按单位)/ download the round’s reporting template (xlsx, per unit)',
    tags: ['files'],
    params: idParams,
    query: templateQuery,
    response: { 200: { files: [xlsxMediaType] } },
    handler: async ({ params, query, ctx, reply }) => {
      const { fileName, bytes } = await templateFor(ctx, params.id, query.unit ?? null);
      return sendFile(reply, { fileName, contentType: xlsxMediaType, bytes });
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/templates/upload',
    access: 'report.write',
    summary:
      '上传填好的填报模板,逐行返回结果;strict=true 时有任何错误则全部不保存 / upload a filled template',
    tags: ['files'],
    query: templateUploadQuery,
    multipart: true,
    slots: 'spreadsheet',
    response: { 200: templateUploadResultSchema },
    handler: async ({ query, ctx, request }) => {
      const file = await uploadedFile(request);
      return applyTemplate(ctx, file.bytes, { strict: query.strict === 'true' });
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/rounds/:id/units/:code/template',
    access: 'report.proxy',
    summary:
      '规划办代单位上传填好的模板(单位用邮件或纸质报送时),存为该单位的草稿 / upload a unit’s filled template on its behalf',
    tags: ['files'],
    params: proxyUploadParams,
    query: templateUploadQuery,
    multipart: true,
    slots: 'spreadsheet',
    response: { 200: templateUploadResultSchema },
    handler: async ({ params, query, ctx, request }) => {
      const file = await uploadedFile(request);
      return applyTemplate(ctx, file.bytes, {
        strict: query.strict === 'true',
        onBehalfOf: { roundId: params.id, unitCode: params.code },
      });
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/plans/:plan/observations/import',
    access: 'ledger.write',
    summary: '导入历史数据(CSV 或 xlsx),逐行返回结果 / import historic observations (CSV or xlsx)',
    tags: ['files'],
    params: planParams,
    query: historicImportQuery,
    multipart: true,
    slots: 'spreadsheet',
    response: { 200: historicUploadResultSchema },
    handler: async ({ params, query, ctx, request }) => {
      const plan = await findPlan(ctx, params.plan);
      const file = await uploadedFile(request);
      return importHistoricUpload(ctx, plan, file, {
        strict: query.strict === 'true',
        ...(query.source ? { source: query.source } : {}),
        maxBytes: request.server.lantu.maxUploadBytes,
      });
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:plan/indicators/export',
    access: 'public',
    summary: '导出主要指标监测表(xlsx 或 csv)/ export the indicator table with statuses',
    tags: ['files'],
    params: planParams,
    query: indicatorExportQuery,
    response: { 200: { files: tableMediaTypes } },
    handler: async ({ params, query, ctx, reply }) => {
      const plan = await findPlan(ctx, params.plan);
      // The public downloads what the portal shows: published data only, never demo data.
      const dataset = ctx.actor ? query.dataset : 'published';
      const asOf = query.asOf ?? defaultAsOf(plan, ctx.clock);
      const file: ExportFile = await exportIndicatorTable(ctx, plan, asOf, dataset, query.format);
      return sendFile(reply, file);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:plan/indicators/:code/ledger/export',
    access: 'plan.read',
    summary: '导出指标台账 / export an indicator’s ledger',
    tags: ['files'],
    params: planItemParams,
    query: formatQuery,
    response: { 200: { files: tableMediaTypes } },
    handler: async ({ params, query, ctx, reply }) =>
      sendFile(reply, await exportLedger(ctx, await findPlan(ctx, params.plan), params.code, query.format)),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/audit/export',
    access: 'audit.read',
    summary: '导出审计日志(最近 500 条)/ export the audit log (latest 500)',
    tags: ['files'],
    query: formatQuery,
    response: { 200: { files: tableMediaTypes } },
    handler: async ({ query, ctx, reply }) => sendFile(reply, await exportAudit(ctx, query.format)),
  }),
];
