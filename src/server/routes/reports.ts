/**
 * 填报 and 审核: the unit's inbox, drafts, submission, approval or return, history and evidence.
 */
import { idParams, planParams } from '../../contracts/common-api';
import {
  approveBody,
  inboxSchema,
  reportHistorySchema,
  reportListQuery,
  reportListSchema,
  reportSchema,
  reportWriteBody,
  returnBody,
} from '../../contracts/reporting-api';
import { findPlan } from '../../services/plans/stored-plan';
import { inbox } from '../../services/reporting/inbox';
import {
  approveReport,
  getReport,
  listReports,
  reportHistory,
  returnReport,
  saveDraft,
  submitReport,
} from '../../services/reporting/reports';
import { defineRoute } from '../http/route';

export const reportRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/inbox',
    access: 'report.read',
    summary: '本单位待填报事项(开放轮次)/ what my unit owes in open rounds',
    tags: ['reports'],
    response: { 200: inboxSchema },
    handler: async ({ ctx }) => inbox(ctx),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:plan/reports',
    access: 'report.read',
    summary: '填报列表(审核队列等)/ reports (review queue …)',
    tags: ['reports'],
    params: planParams,
    query: reportListQuery,
    response: { 200: reportListSchema },
    handler: async ({ params, query, ctx }) =>
      listReports(ctx, await findPlan(ctx, params.plan), {
        ...(query.round === undefined ? {} : { roundId: query.round }),
        ...(query.status ? { status: query.status.split(',') as never } : {}),
      }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/reports/:id',
    access: 'report.read',
    summary: '一条填报 / one report',
    tags: ['reports'],
    params: idParams,
    response: { 200: reportSchema },
    handler: async ({ params, ctx }) => getReport(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/reports/:id/history',
    access: 'report.read',
    summary: '填报的全部修订 / every revision of a report',
    tags: ['reports'],
    params: idParams,
    response: { 200: reportHistorySchema },
    handler: async ({ params, ctx }) => reportHistory(ctx, params.id),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/reports/:id',
    access: 'report.write',
    summary: '保存草稿 / save a draft',
    tags: ['reports'],
    params: idParams,
    body: reportWriteBody,
    response: { 200: reportSchema },
    handler: async ({ params, body, ctx }) => {
      const { version: v, ...rest } = body;
      return saveDraft(ctx, params.id, v, rest);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/reports/:id/submit',
    access: 'report.write',
    summary: '提交 / submit',
    tags: ['reports'],
    params: idParams,
    body: reportWriteBody,
    response: { 200: reportSchema },
    handler: async ({ params, body, ctx }) => {
      const { version: v, ...rest } = body;
      return submitReport(ctx, params.id, v, rest);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/reports/:id/approve',
    access: 'report.review',
    summary: '审核通过(数值入账)/ approve (the value enters the ledger)',
    tags: ['reports'],
    params: idParams,
    body: approveBody,
    response: { 200: reportSchema },
    handler: async ({ params, body, ctx }) =>
      approveReport(ctx, params.id, body.version, body.comment ?? null),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/reports/:id/return',
    access: 'report.review',
    summary: '退回(须写明原因)/ return with a comment',
    tags: ['reports'],
    params: idParams,
    body: returnBody,
    response: { 200: reportSchema },
    handler: async ({ params, body, ctx }) => returnReport(ctx, params.id, body.version, body.comment),
  }),
];
