/**
 * 新建规划: a plan drafted from its document (upload or pasted text), reviewed and published as the
 * plan's version 1 (docs/plan-import.md). Only the plan office manages drafts.
 */

import { idParams } from '../../contracts/common-api';
import {
  draftFromTextBodySchema,
  draftListSchema,
  draftPublishBodySchema,
  draftPublishResultSchema,
  draftSaveBodySchema,
  draftUploadQuerySchema,
  draftViewSchema,
} from '../../contracts/plan-draft-api';
import {
  createDraftFromFile,
  createDraftFromText,
  getDraft,
  listDrafts,
  publishDraft,
  saveDraft,
} from '../../services/plan-draft/plan-drafts';
import { defineRoute } from '../http/route';
import { uploadedFile } from './files';

export const planDraftRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/plan-drafts',
    access: 'plan.manage',
    summary: '规划草稿列表 / plan drafts',
    tags: ['plan-drafts'],
    response: { 200: draftListSchema },
    handler: async ({ ctx }) => listDrafts(ctx),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/plan-drafts',
    access: 'plan.manage',
    summary: '上传规划原文(docx、pdf、txt、md)起草规划 / draft a plan from its document',
    tags: ['plan-drafts'],
    query: draftUploadQuerySchema,
    multipart: true,
    response: { 200: draftViewSchema },
    handler: async ({ query, ctx, request }) => {
      const file = await uploadedFile(request);
      return createDraftFromFile(ctx, file.bytes, file.name, query.code);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/plan-drafts/text',
    access: 'plan.manage',
    summary: '从粘贴的规划正文起草规划 / draft a plan from pasted text',
    tags: ['plan-drafts'],
    body: draftFromTextBodySchema,
    response: { 200: draftViewSchema },
    handler: async ({ body, ctx }) => createDraftFromText(ctx, body.text, body.name, body.code),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plan-drafts/:id',
    access: 'plan.manage',
    summary: '规划草稿:原文、候选项和全部问题 / a draft with its document, candidates and problems',
    tags: ['plan-drafts'],
    params: idParams,
    response: { 200: draftViewSchema },
    handler: async ({ params, ctx }) => getDraft(ctx, params.id),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/plan-drafts/:id',
    access: 'plan.manage',
    summary:
      '保存审核结果(每次保存一个修订;版本过期返回 409)/ save the review (a revision each time; 409 when stale)',
    tags: ['plan-drafts'],
    params: idParams,
    body: draftSaveBodySchema,
    response: { 200: draftViewSchema },
    handler: async ({ params, body, ctx }) =>
      saveDraft(ctx, params.id, body.expectedRevision, body.candidates),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/plan-drafts/:id/publish',
    access: 'plan.manage',
    summary: '发布为规划第 1 版(有问题时 422 并列出全部问题;版本过期 409)/ publish as the plan’s version 1',
    tags: ['plan-drafts'],
    params: idParams,
    body: draftPublishBodySchema,
    response: { 200: draftPublishResultSchema },
    handler: async ({ params, body, ctx }) => publishDraft(ctx, params.id, body.expectedRevision),
  }),
];
