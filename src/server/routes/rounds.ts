/**
 * 轮次管理: open a reporting round, watch completion by unit, remind, extend, close.
 */
import { idParams, planParams } from '../../contracts/common-api';
import {
  closeBody,
  extendBody,
  newRoundBody,
  remindBody,
  roundListSchema,
  roundProgressSchema,
  roundSchema,
} from '../../contracts/rounds-api';
import { findPlan } from '../../services/plans/stored-plan';
import {
  closeRound,
  extendRound,
  getRound,
  listRounds,
  openRound,
  remindUnit,
  roundProgress,
} from '../../services/reporting/rounds';
import { defineRoute } from '../http/route';

export const roundRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/plans/:plan/rounds',
    access: 'round.read',
    summary: '填报轮次列表 / reporting rounds',
    tags: ['rounds'],
    params: planParams,
    response: { 200: roundListSchema },
    handler: async ({ params, ctx }) => listRounds(ctx, await findPlan(ctx, params.plan)),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/plans/:plan/rounds',
    access: 'round.manage',
    summary: '开启填报轮次 / open a reporting round',
    tags: ['rounds'],
    params: planParams,
    body: newRoundBody,
    response: { 201: roundSchema },
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
    response: { 200: roundSchema },
    handler: async ({ params, ctx }) => getRound(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/rounds/:id/progress',
    access: 'round.read',
    summary: '各单位填报进度(谁已提交、谁逾期)/ completion by unit',
    tags: ['rounds'],
    params: idParams,
    response: { 200: roundProgressSchema },
    handler: async ({ params, ctx }) => roundProgress(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/rounds/:id/remind',
    access: 'round.manage',
    summary: '催报 / remind a unit',
    tags: ['rounds'],
    params: idParams,
    body: remindBody,
    response: { 204: null },
    handler: async ({ params, body, ctx }) => remindUnit(ctx, params.id, body.unit),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/rounds/:id/extend',
    access: 'round.manage',
    summary: '延期(整轮或某单位)/ extend the due date (round or one unit)',
    tags: ['rounds'],
    params: idParams,
    body: extendBody,
    response: { 204: null },
    handler: async ({ params, body, ctx }) => extendRound(ctx, params.id, body.dueOn, body.unit),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/rounds/:id/close',
    access: 'round.manage',
    summary: '关闭轮次 / close the round',
    tags: ['rounds'],
    params: idParams,
    body: closeBody,
    response: { 204: null },
    handler: async ({ params, body, ctx }) => closeRound(ctx, params.id, body.version),
  }),
];
