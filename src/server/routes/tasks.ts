/**
 * 重点任务 and 督查督办: the task list and board, a unit's own tasks, one task with its ledger, the
 * lead unit's reports in rounds and their review, co-units' parts, the office's judgement, and 督办单.
 * docs/tasks.md §6 lists them with their bodies.
 */

import { idParams, planParams } from '../../contracts/common-api';
import { xlsxMediaType } from '../../contracts/files-api';
import {
  asOfQuery,
  divisionApplyQuery,
  divisionApplyResponse,
  divisionCheckResponse,
  supervisionCloseSchema,
  supervisionExtendSchema,
  supervisionIssueSchema,
  supervisionListResponse,
  supervisionReplySchema,
  supervisionViewSchema,
  taskBoardResponse,
  taskContributionResponse,
  taskContributionSchema,
  taskDetailResponse,
  taskJudgementResponse,
  taskJudgementSchema,
  taskListQuery,
  taskListResponse,
  taskParams,
  taskPeriodParams,
  taskReportSchema,
  taskReportViewSchema,
  taskReturnSchema,
  taskReviewSchema,
} from '../../contracts/task-api';
import { findPlan } from '../../services/plans/stored-plan';
import { applyDivision, checkDivisionFile, exportDivision } from '../../services/tasks/task-division';
import { getTask, listTasks, myTasks, taskBoard } from '../../services/tasks/task-library';
import {
  approveTaskReport,
  contributeToTask,
  judgeTask,
  returnTaskReport,
  saveTaskReport,
} from '../../services/tasks/task-reporting';
import {
  closeSupervision,
  extendSupervision,
  issueSupervision,
  listSupervisions,
  replySupervision,
} from '../../services/tasks/task-supervision';
import { defineRoute } from '../http/route';
import { sendFile, uploadedFile } from './files';

const tags = ['tasks'];

export const taskRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/plans/:plan/tasks',
    access: 'plan.read',
    summary: '重点任务(可按章、单位、灯色、状态筛选)/ key tasks, filtered',
    tags,
    params: planParams,
    query: taskListQuery,
    response: { 200: taskListResponse },
    handler: async ({ params, query, ctx }) => listTasks(ctx, await findPlan(ctx, params.plan), query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:plan/tasks/board',
    access: 'plan.read',
    summary: '重点任务看板:按章、按单位统计,逾期清单 / the task board by chapter and by unit, overdue list',
    tags,
    params: planParams,
    query: asOfQuery,
    response: { 200: taskBoardResponse },
    handler: async ({ params, query, ctx }) => taskBoard(ctx, await findPlan(ctx, params.plan), query.asOf),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:plan/tasks/mine',
    access: 'plan.read',
    summary: '我的任务(本单位牵头或配合)/ my unit’s tasks',
    tags,
    params: planParams,
    query: asOfQuery,
    response: { 200: taskListResponse },
    handler: async ({ params, query, ctx }) => myTasks(ctx, await findPlan(ctx, params.plan), query.asOf),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:plan/tasks/division.xlsx',
    access: 'plan.read',
    summary: '导出任务分工方案(xlsx)/ export the task division (分工方案) as xlsx',
    tags,
    params: planParams,
    response: { 200: { files: [xlsxMediaType] } },
    handler: async ({ params, ctx, reply }) => {
      const file = await exportDivision(ctx, await findPlan(ctx, params.plan));
      return sendFile(reply, {
        ...file,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      });
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/plans/:plan/tasks/division/check',
    access: 'task.supervise',
    summary: '核对上传的任务分工方案,逐行返回结果 / check an uploaded 分工方案 row by row',
    tags,
    params: planParams,
    multipart: true,
    response: { 200: divisionCheckResponse },
    handler: async ({ params, ctx, request }) => {
      const plan = await findPlan(ctx, params.plan);
      const file = await uploadedFile(request);
      return checkDivisionFile(ctx, plan, file.bytes);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/plans/:plan/tasks/division/apply',
    access: 'task.supervise',
    summary:
      '按上传的任务分工方案调整牵头单位、配合单位和完成时限(须写明依据)/ apply an uploaded 分工方案 with its reason',
    tags,
    params: planParams,
    query: divisionApplyQuery,
    multipart: true,
    slots: 'spreadsheet',
    response: { 200: divisionApplyResponse },
    handler: async ({ params, query, ctx, request }) => {
      const plan = await findPlan(ctx, params.plan);
      const file = await uploadedFile(request);
      return applyDivision(ctx, plan, file.bytes, query.reason);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:plan/tasks/:code',
    access: 'plan.read',
    summary:
      '任务详情:台账、配合情况、研判、督办 / one task with its ledger, co-units’ parts, judgements, 督办',
    tags,
    params: taskParams,
    query: asOfQuery,
    response: { 200: taskDetailResponse },
    handler: async ({ params, query, ctx }) =>
      getTask(ctx, await findPlan(ctx, params.plan), params.code, query.asOf),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/plans/:plan/tasks/:code/reports/:period',
    access: 'report.write',
    summary: '牵头单位填报任务进展(保存或提交)/ the lead unit saves or submits its progress report',
    tags,
    params: taskPeriodParams,
    body: taskReportSchema,
    response: { 200: taskReportViewSchema },
    handler: async ({ params, body, ctx }) =>
      saveTaskReport(ctx, await findPlan(ctx, params.plan), params.code, params.period, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/plans/:plan/tasks/:code/reports/:period/approve',
    access: 'report.review',
    summary: '审核通过任务填报 / approve a task report',
    tags,
    params: taskPeriodParams,
    body: taskReviewSchema,
    response: { 200: taskReportViewSchema },
    handler: async ({ params, body, ctx }) =>
      approveTaskReport(
        ctx,
        await findPlan(ctx, params.plan),
        params.code,
        params.period,
        body.revision,
        body.comment,
      ),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/plans/:plan/tasks/:code/reports/:period/return',
    access: 'report.review',
    summary: '退回任务填报(须写明意见)/ return a task report with a comment',
    tags,
    params: taskPeriodParams,
    body: taskReturnSchema,
    response: { 200: taskReportViewSchema },
    handler: async ({ params, body, ctx }) =>
      returnTaskReport(
        ctx,
        await findPlan(ctx, params.plan),
        params.code,
        params.period,
        body.revision,
        body.comment,
      ),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/plans/:plan/tasks/:code/contributions/:period',
    access: 'report.write',
    summary: '配合单位填写配合情况 / a co-unit adds its part',
    tags,
    params: taskPeriodParams,
    body: taskContributionSchema,
    response: { 200: taskContributionResponse },
    handler: async ({ params, body, ctx }) =>
      contributeToTask(ctx, await findPlan(ctx, params.plan), params.code, params.period, body.text),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/plans/:plan/tasks/:code/judgements/:period',
    access: 'task.supervise',
    summary: '规划办研判(覆盖单位自评状态)/ the office’s own judgement over the unit’s status',
    tags,
    params: taskPeriodParams,
    body: taskJudgementSchema,
    response: { 200: taskJudgementResponse },
    handler: async ({ params, body, ctx }) =>
      judgeTask(ctx, await findPlan(ctx, params.plan), params.code, params.period, body.status, body.reason),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:plan/task-supervisions',
    access: 'plan.read',
    summary: '任务督办单及其灯色 / 督办 notices on tasks with their lights',
    tags,
    params: planParams,
    query: asOfQuery,
    response: { 200: supervisionListResponse },
    handler: async ({ params, query, ctx }) =>
      listSupervisions(ctx, await findPlan(ctx, params.plan), query.asOf),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/plans/:plan/tasks/:code/supervisions',
    access: 'task.supervise',
    summary: '向牵头单位下达督办单(含回复期限)/ issue a 督办 notice to the lead unit with a reply deadline',
    tags,
    params: taskParams,
    body: supervisionIssueSchema,
    response: { 200: supervisionViewSchema },
    handler: async ({ params, body, ctx }) =>
      issueSupervision(ctx, await findPlan(ctx, params.plan), params.code, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/task-supervisions/:id/reply',
    access: 'report.write',
    summary: '牵头单位回复督办单 / the lead unit replies',
    tags,
    params: idParams,
    body: supervisionReplySchema,
    response: { 200: supervisionViewSchema },
    handler: async ({ params, body, ctx }) => replySupervision(ctx, params.id, body.version, body.text),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/task-supervisions/:id/extend',
    access: 'task.supervise',
    summary: '督办单延期 / extend the reply deadline',
    tags,
    params: idParams,
    body: supervisionExtendSchema,
    response: { 200: supervisionViewSchema },
    handler: async ({ params, body, ctx }) =>
      extendSupervision(ctx, params.id, body.version, body.replyDue, body.reason),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/task-supervisions/:id/close',
    access: 'task.supervise',
    summary: '督办单销号 / close (销号) a notice',
    tags,
    params: idParams,
    body: supervisionCloseSchema,
    response: { 200: supervisionViewSchema },
    handler: async ({ params, body, ctx }) => closeSupervision(ctx, params.id, body.version, body.text),
  }),
];
