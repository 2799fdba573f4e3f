/**
 * Evaluation reports (年度监测报告 / 中期评估报告 / 总结评估报告) as Word, PDF or an HTML view, and the
 * office's narrative sections that go into them.
 */
import { planParams } from '../../contracts/common-api';
import {
  evaluationReportQuery,
  narrativeBody,
  narrativeQuery,
  narrativeSchema,
  reportMediaTypes,
} from '../../contracts/evaluation-report-api';
import { storedReport } from '../../services/evaluation-report/stored-report';
import { findPlan } from '../../services/plans/stored-plan';
import { getNarrative, saveNarrative } from '../../services/reporting/report-narratives';
import { defineRoute } from '../http/route';
import { sendFile } from './files';

export const evaluationReportRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/plans/:plan/report',
    access: 'plan.read',
    summary: '生成评估报告(docx、pdf 或 html)/ generate an evaluation report (docx, pdf or html)',
    tags: ['reports'],
    params: planParams,
    query: evaluationReportQuery,
    response: { 200: { files: reportMediaTypes } },
    handler: async ({ params, query, ctx, reply }) => {
      const plan = await findPlan(ctx, params.plan);
      const file = await storedReport(ctx, plan, query);
      if (query.format === 'html') {
        // The on-screen view: no scripts in it, and the page may not be framed or sniffed.
        return reply
          .header('content-type', file.contentType)
          .header('x-content-type-options', 'nosniff')
          .send(file.bytes);
      }
      return sendFile(reply, file);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:plan/report/narrative',
    access: 'plan.read',
    summary: '报告中的“存在问题”和“下一步建议”/ the report’s narrative sections',
    tags: ['reports'],
    params: planParams,
    query: narrativeQuery,
    response: { 200: narrativeSchema },
    handler: async ({ params, query, ctx }) =>
      getNarrative(ctx, await findPlan(ctx, params.plan), query.kind, query.asOf),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/plans/:plan/report/narrative',
    access: 'plan.manage',
    summary:
      '保存“存在问题”和“下一步建议”(每次保存一个修订)/ save the narrative sections (a revision each time)',
    tags: ['reports'],
    params: planParams,
    body: narrativeBody,
    response: { 200: narrativeSchema },
    handler: async ({ params, body, ctx }) => {
      const { asOf, kind: k, ...text } = body;
      return saveNarrative(ctx, await findPlan(ctx, params.plan), k, asOf, text);
    },
  }),
];
