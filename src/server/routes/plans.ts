/**
 * Plans, their indicators with statuses, one indicator's page, the evaluation and the dashboard.
 * Readable by the public for plans marked public (demo data then stay out: published values only).
 */
import { planItemParams, planParams } from '../../contracts/common-api';
import {
  dashboardSchema,
  evaluationQuery,
  evaluationResponseSchema,
  indicatorListSchema,
  indicatorPageSchema,
  ledgerEntrySchema,
  ledgerRestoreParams,
  ledgerSchema,
  outlineResponseSchema,
  planListSchema,
  planSummarySchema,
  publicBody,
  publicResponse,
  restoreBody,
  valueEntryBody,
} from '../../contracts/plans-api';
import type { DatasetChoice } from '../../core/observation-layers';
import { indicatorLedger, recordValue, restoreRevision } from '../../services/ledger/ledger';
import { defaultAsOf, indicatorPage, planSummary, planViewJson } from '../../services/plans/plan-views';
import { listPlans, planOutline, setPlanPublic } from '../../services/plans/plans';
import { evaluateStoredPlan, findPlan } from '../../services/plans/stored-plan';
import { defineRoute } from '../http/route';

/** The public never sees demo data; signed-in users see all data sets unless they choose. */
function datasetOf(query: { dataset?: DatasetChoice | undefined }, signedIn: boolean): DatasetChoice {
  return signedIn ? (query.dataset ?? 'all') : 'published';
}

export const planRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/plans',
    access: 'public',
    summary: '规划列表 / plans',
    tags: ['plans'],
    response: { 200: planListSchema },
    handler: async ({ ctx }) => listPlans(ctx),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:plan',
    access: 'public',
    summary: '规划概况 / plan summary',
    tags: ['plans'],
    params: planParams,
    response: { 200: planSummarySchema },
    handler: async ({ params, ctx }) => {
      const plan = await findPlan(ctx, params.plan);
      const ev = await evaluateStoredPlan(
        ctx,
        plan,
        defaultAsOf(plan, ctx.clock),
        datasetOf({}, ctx.actor !== null),
      );
      return { ...planSummary(plan, ev), defaultAsOf: defaultAsOf(plan, ctx.clock) };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:plan/outline',
    access: 'public',
    summary: '纲要结构(篇/章/专栏)、专栏与项目 / outline, columns and projects',
    tags: ['plans'],
    params: planParams,
    response: { 200: outlineResponseSchema },
    handler: async ({ params, ctx }) => {
      return planOutline(ctx, await findPlan(ctx, params.plan));
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:plan/indicators',
    access: 'public',
    summary: '指标及其评估状态 / indicators with status',
    tags: ['indicators'],
    params: planParams,
    query: evaluationQuery,
    response: { 200: indicatorListSchema },
    handler: async ({ params, query, ctx, reply }) => {
      const plan = await findPlan(ctx, params.plan);
      const asOf = query.asOf ?? defaultAsOf(plan, ctx.clock);
      const body = await planViewJson(ctx, plan, 'indicators', asOf, datasetOf(query, ctx.actor !== null));
      return reply.type('application/json; charset=utf-8').send(body);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:plan/indicators/:code',
    access: 'public',
    summary: '单个指标:路径、年度目标、评估、台账 / one indicator: path, annual plan, evaluation, ledger',
    tags: ['indicators'],
    params: planItemParams,
    query: evaluationQuery,
    response: { 200: indicatorPageSchema },
    handler: async ({ params, query, ctx }) => {
      const plan = await findPlan(ctx, params.plan);
      return indicatorPage(
        ctx,
        plan,
        params.code,
        query.asOf ?? defaultAsOf(plan, ctx.clock),
        datasetOf(query, ctx.actor !== null),
      );
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:plan/indicators/:code/ledger',
    access: 'plan.read',
    summary: '台账:全部修订(谁、何时、为何)/ the ledger: every revision with who, when, why',
    tags: ['ledger'],
    params: planItemParams,
    response: { 200: ledgerSchema },
    handler: async ({ params, ctx }) => indicatorLedger(ctx, await findPlan(ctx, params.plan), params.code),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/plans/:plan/indicators/:code/values',
    access: 'ledger.write',
    summary: '直接录入数值(带读取时的修订号,过期写入返回 409)/ enter a value (stale revision → 409)',
    tags: ['ledger'],
    params: planItemParams,
    body: valueEntryBody,
    response: { 201: ledgerEntrySchema },
    handler: async ({ params, body, ctx, reply }) => {
      const plan = await findPlan(ctx, params.plan);
      const saved = await recordValue(ctx, plan, params.code, body);
      reply.code(201);
      return saved;
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/plans/:plan/ledger/:id/restore',
    access: 'ledger.restore',
    summary: '恢复台账中的某一修订(作为新修订)/ restore a ledger revision (as a new revision)',
    tags: ['ledger'],
    params: ledgerRestoreParams,
    body: restoreBody,
    response: { 201: ledgerEntrySchema },
    handler: async ({ params, body, ctx, reply }) => {
      const plan = await findPlan(ctx, params.plan);
      const saved = await restoreRevision(ctx, plan, params.id, body.reason);
      reply.code(201);
      return saved;
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:plan/evaluation',
    access: 'public',
    summary: '整体评估:结果、预警、汇总 / the whole evaluation: results, warnings, roll-ups',
    tags: ['indicators'],
    params: planParams,
    query: evaluationQuery,
    response: { 200: evaluationResponseSchema },
    handler: async ({ params, query, ctx }) => {
      const plan = await findPlan(ctx, params.plan);
      const ev = await evaluateStoredPlan(
        ctx,
        plan,
        query.asOf ?? defaultAsOf(plan, ctx.clock),
        datasetOf(query, ctx.actor !== null),
      );
      return { ...ev.evaluation, dataset: { layers: ev.layersUsed, demo: ev.layersUsed.includes('demo') } };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:plan/dashboard',
    access: 'public',
    summary: "驾驶舱(一屏观天下)/ the leaders' one-screen dashboard",
    tags: ['indicators'],
    params: planParams,
    query: evaluationQuery,
    response: { 200: dashboardSchema },
    handler: async ({ params, query, ctx, reply }) => {
      const plan = await findPlan(ctx, params.plan);
      const asOf = query.asOf ?? defaultAsOf(plan, ctx.clock);
      const body = await planViewJson(ctx, plan, 'dashboard', asOf, datasetOf(query, ctx.actor !== null));
      return reply.type('application/json; charset=utf-8').send(body);
    },
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/plans/:plan/public',
    access: 'plan.manage',
    summary: '设置是否公开(信息公开门户)/ publish or unpublish on the public portal',
    tags: ['plans'],
    params: planParams,
    body: publicBody,
    response: { 200: publicResponse },
    handler: async ({ params, body, ctx }) => {
      const plan = await findPlan(ctx, params.plan);
      await setPlanPublic(ctx, plan, body.isPublic);
      return { code: plan.code, isPublic: body.isPublic };
    },
  }),
];
