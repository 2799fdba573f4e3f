/**
 * 轮次管理: open a reporting round, watch completion by unit, remind, extend, close.
 */
import { z } from 'zod';
import { idParams, planParams } from '../../contracts/common-api';
import {
  closeRound,
  extendRound,
  getRound,
  listRounds,
  openRound,
  remindUnit,
  roundProgress,
} from '../../services/rounds';
import { findPlan } from '../../services/stored-plan';
import { defineRoute } from '../route';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD / use YYYY-MM-DD');
const code = z.string().min(1).max(64);

export const roundRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/plans/:plan/rounds',
    access: 'round.read',
    summary: '填报轮次列表 / reporting rounds',
    tags: ['rounds'],
    params: planParams,
    handler: async ({ params, ctx }) => listRounds(ctx, await findPlan(ctx, params.plan)),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/plans/:plan/rounds',
    access: 'round.manage',
    summary: '开启填报轮次 / open a reporting round',
    tags: ['rounds'],
    params: planParams,
    body: z.object({
      name: z.string().min(1).max(200),
      period: z
        .string()
        .regex(
          /^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/,
          '期间应为 2023、2023-Q3 或 2023-09 / use 2023, 2023-Q3 or 2023-09',
        ),
      opensOn: isoDate,
      dueOn: isoDate,
      itemTypes: z
        .array(z.enum(['indicator', 'task', 'project']))
        .min(1)
        .max(3),
      itemCodes: z.array(code).max(10_000).nullable().optional(),
      units: z.array(code).max(1000).nullable().optional(),
    }),
    handler: async ({ params, body, ctx, reply }) => {
      const round = await openRound(ctx, await findPlan(ctx, params.plan), body);
      reply.code(201);
      return round;
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/rounds/:id',
    access: 'round.read',
    summary: '轮次详情 / a round',
    tags: ['rounds'],
    params: idParams,
    handler: async ({ params, ctx }) => getRound(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/rounds/:id/progress',
    access: 'round.read',
    summary: '各单位填报进度(谁已提交、谁逾期)/ completion by unit',
    tags: ['rounds'],
    params: idParams,
    handler: async ({ params, ctx }) => roundProgress(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/rounds/:id/remind',
    access: 'round.manage',
    summary: '催报 / remind a unit',
    tags: ['rounds'],
    params: idParams,
    body: z.object({ unit: code }),
    handler: async ({ params, body, ctx }) => remindUnit(ctx, params.id, body.unit),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/rounds/:id/extend',
    access: 'round.manage',
    summary: '延期(整轮或某单位)/ extend the due date (round or one unit)',
    tags: ['rounds'],
    params: idParams,
    body: z.object({ dueOn: isoDate, unit: code.optional() }),
    handler: async ({ params, body, ctx }) => extendRound(ctx, params.id, body.dueOn, body.unit),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/rounds/:id/close',
    access: 'round.manage',
    summary: '关闭轮次 / close the round',
    tags: ['rounds'],
    params: idParams,
    body: z.object({ version: z.number().int().min(1) }),
    handler: async ({ params, body, ctx }) => closeRound(ctx, params.id, body.version),
  }),
];
