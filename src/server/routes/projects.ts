/**
 * 重大项目库 (项目为王): the library, stages, the pipeline, annual plans and investment, milestones,
 * problems under 督办, warnings, the summary for the evaluation report, and the Excel export.
 * docs/projects.md §8 lists them with their bodies.
 */
import { idParams, planParams } from '../../contracts/common-api';
import { xlsxMediaType } from '../../contracts/files-api';
import {
  annualPlanParams,
  annualPlanRevisionSchema,
  annualPlanSchema,
  investmentEntrySchema,
  investmentEntrySchemaOut,
  milestoneChangeSchema,
  milestoneCompleteSchema,
  milestoneSchema,
  milestoneViewSchema,
  newProjectSchema,
  pipelineSchema,
  problemAssignSchema,
  problemCloseSchema,
  problemDetailSchema,
  problemListQuery,
  problemListSchema,
  problemQuery,
  problemRespondSchema,
  problemSchema,
  problemViewSchema,
  projectChangeSchema,
  projectCodeListsSchema,
  projectDetailSchema,
  projectListQuery,
  projectListSchema,
  projectParams,
  projectRevisionListSchema,
  projectsSummarySchema,
  projectViewQuery,
  projectViewSchema,
  projectWarningListSchema,
  stageMoveSchema,
} from '../../contracts/project-api';
import { findPlan } from '../../services/plans/stored-plan';
import { addProject, updateProject } from '../../services/projects/project-editing';
import { projectExportXlsx } from '../../services/projects/project-export';
import { recordInvestment, setAnnualPlan } from '../../services/projects/project-investment';
import {
  getProject,
  listProjects,
  projectCodeLists,
  projectRevisions,
} from '../../services/projects/project-library';
import { addMilestone, completeMilestone, updateMilestone } from '../../services/projects/project-milestones';
import { projectPipeline } from '../../services/projects/project-pipeline';
import {
  assignProblem,
  closeProblem,
  getProblem,
  listProblems,
  raiseProblem,
  respondProblem,
} from '../../services/projects/project-problems';
import { moveStage } from '../../services/projects/project-stages';
import { projectsSummary } from '../../services/projects/project-summary';
import { projectWarningList, warningSettings } from '../../services/projects/project-warnings';
import { defineRoute } from '../http/route';

const tags = ['projects'];

export const projectRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/project-codes',
    access: 'plan.read',
    summary: '项目库代码表(阶段、产业链、建设性质、投资主体、问题类别)/ code lists of the project library',
    tags,
    response: { 200: projectCodeListsSchema },
    handler: async () => projectCodeLists(),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:plan/projects',
    access: 'plan.read',
    summary: '重大项目库(可按阶段、专栏、产业链、园区、责任单位筛选)/ the project library, filtered',
    tags,
    response: { 200: projectListSchema },
    params: planParams,
    query: projectListQuery,
    handler: async ({ params, query, ctx }) => listProjects(ctx, await findPlan(ctx, params.plan), query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/plans/:plan/projects',
    access: 'project.manage',
    summary: '新增项目(入库)/ add a project to the library',
    tags,
    response: { 201: projectViewSchema },
    params: planParams,
    body: newProjectSchema,
    handler: async ({ params, body, ctx, reply }) => {
      const view = await addProject(ctx, await findPlan(ctx, params.plan), body);
      reply.code(201);
      return view;
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:plan/projects/pipeline',
    access: 'plan.read',
    summary:
      '谋划一批、储备一批、建设一批:按阶段、专栏、产业链、园区统计 / the pipeline by stage, column, chain, park',
    tags,
    response: { 200: pipelineSchema },
    params: planParams,
    query: problemQuery,
    handler: async ({ params, query, ctx }) =>
      projectPipeline(ctx, await findPlan(ctx, params.plan), query.asOf),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:plan/projects/warnings',
    access: 'plan.read',
    summary: '项目预警(滞后序时进度、节点逾期、问题超期、计划开工未开工)/ warnings for stuck projects',
    tags,
    response: { 200: projectWarningListSchema },
    params: planParams,
    query: projectViewQuery,
    handler: async ({ params, query, ctx }) =>
      projectWarningList(ctx, await findPlan(ctx, params.plan), {
        asOf: query.asOf,
        marginPoints: query.margin,
      }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:plan/projects/summary',
    access: 'plan.read',
    summary: '项目推进情况汇总(评估报告用)/ the project summary for the evaluation report',
    tags,
    response: { 200: projectsSummarySchema },
    params: planParams,
    query: projectViewQuery,
    handler: async ({ params, query, ctx }) =>
      projectsSummary(ctx, await findPlan(ctx, params.plan), query.asOf, warningSettings(query.margin)),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:plan/projects/problems',
    access: 'plan.read',
    summary: '存在问题督办清单(红黄绿灯)/ problems under supervision, with their lights',
    tags,
    response: { 200: problemListSchema },
    params: planParams,
    query: problemListQuery,
    handler: async ({ params, query, ctx }) => listProblems(ctx, await findPlan(ctx, params.plan), query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:plan/projects/export.xlsx',
    access: 'plan.read',
    summary: '导出项目库台账(Excel)/ export the project library (Excel)',
    tags,
    response: { 200: { files: [xlsxMediaType] } },
    params: planParams,
    query: projectViewQuery,
    handler: async ({ params, query, ctx, reply }) => {
      const plan = await findPlan(ctx, params.plan);
      const file = await projectExportXlsx(ctx, plan, { asOf: query.asOf, marginPoints: query.margin });
      return reply
        .header('content-type', xlsxMediaType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.bytes);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:plan/projects/:code',
    access: 'plan.read',
    summary: '单个项目:属性、阶段历史、年度计划、投资台账、节点、问题、预警 / one project with its history',
    tags,
    response: { 200: projectDetailSchema },
    params: projectParams,
    query: projectViewQuery,
    handler: async ({ params, query, ctx }) =>
      getProject(ctx, await findPlan(ctx, params.plan), params.code, {
        asOf: query.asOf,
        marginPoints: query.margin,
      }),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/plans/:plan/projects/:code',
    access: 'project.manage',
    summary: '修改项目(新版本,须写明原因;过期版本返回 409)/ edit a project (a new version with a reason)',
    tags,
    response: { 200: projectViewSchema },
    params: projectParams,
    body: projectChangeSchema,
    handler: async ({ params, body, ctx }) => {
      const { version, reason, ...change } = body;
      return updateProject(ctx, await findPlan(ctx, params.plan), params.code, version, change, reason);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:plan/projects/:code/revisions',
    access: 'plan.read',
    summary: '项目的全部版本(谁、何时、为何)/ every version of a project',
    tags,
    response: { 200: projectRevisionListSchema },
    params: projectParams,
    handler: async ({ params, ctx }) => projectRevisions(ctx, await findPlan(ctx, params.plan), params.code),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/plans/:plan/projects/:code/stage',
    access: 'project.manage',
    summary: '调整项目阶段(退回或跨阶段须写明原因)/ move the stage (back or skipping needs a reason)',
    tags,
    response: { 200: projectViewSchema },
    params: projectParams,
    body: stageMoveSchema,
    handler: async ({ params, body, ctx }) =>
      moveStage(ctx, await findPlan(ctx, params.plan), params.code, body),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/plans/:plan/projects/:code/annual-plans/:year',
    access: 'project.manage',
    summary: '设置年度计划投资(万元,须写明原因)/ set the annual planned investment',
    tags,
    response: { 200: annualPlanRevisionSchema },
    params: annualPlanParams,
    body: annualPlanSchema,
    handler: async ({ params, body, ctx }) =>
      setAnnualPlan(ctx, await findPlan(ctx, params.plan), params.code, params.year, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/plans/:plan/projects/:code/investment',
    access: 'ledger.write',
    summary:
      '直接录入或更正某月1–N月累计完成投资(带修订号)/ enter or correct a month’s year-to-date investment',
    tags,
    response: { 201: investmentEntrySchemaOut },
    params: projectParams,
    body: investmentEntrySchema,
    handler: async ({ params, body, ctx, reply }) => {
      const saved = await recordInvestment(ctx, await findPlan(ctx, params.plan), params.code, body);
      reply.code(201);
      return saved;
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/plans/:plan/projects/:code/milestones',
    access: 'project.manage',
    summary: '新增项目节点 / add a milestone',
    tags,
    response: { 201: milestoneViewSchema },
    params: projectParams,
    body: milestoneSchema,
    handler: async ({ params, body, ctx, reply }) => {
      const saved = await addMilestone(ctx, await findPlan(ctx, params.plan), params.code, body);
      reply.code(201);
      return saved;
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/project-milestones/:id',
    access: 'project.manage',
    summary: '修改节点计划(须写明原因)/ change a milestone (with a reason)',
    tags,
    response: { 200: milestoneViewSchema },
    params: idParams,
    body: milestoneChangeSchema,
    handler: async ({ params, body, ctx }) => {
      const { version, reason, ...change } = body;
      return updateMilestone(ctx, params.id, version, change, reason);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/project-milestones/:id/complete',
    access: 'project.report',
    summary: '填报节点实际完成日期(责任单位)/ record that a milestone was met',
    tags,
    response: { 200: milestoneViewSchema },
    params: idParams,
    body: milestoneCompleteSchema,
    handler: async ({ params, body, ctx }) => completeMilestone(ctx, params.id, body.version, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/plans/:plan/projects/:code/problems',
    access: 'project.report',
    summary: '提出存在问题/需协调事项(项目单位)/ raise a problem to co-ordinate',
    tags,
    response: { 201: problemViewSchema },
    params: projectParams,
    body: problemSchema,
    handler: async ({ params, body, ctx, reply }) => {
      const saved = await raiseProblem(ctx, await findPlan(ctx, params.plan), params.code, body);
      reply.code(201);
      return saved;
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/project-problems/:id',
    access: 'plan.read',
    summary: '问题详情及督办过程 / a problem and every step of its supervision',
    tags,
    response: { 200: problemDetailSchema },
    params: idParams,
    query: problemQuery,
    handler: async ({ params, query, ctx }) => getProblem(ctx, params.id, query.asOf),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/project-problems/:id/assign',
    access: 'project.manage',
    summary: '交办:责任部门与办结时限 / assign to a department with a deadline',
    tags,
    response: { 200: problemViewSchema },
    params: idParams,
    body: problemAssignSchema,
    handler: async ({ params, body, ctx }) => assignProblem(ctx, params.id, body.version, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/project-problems/:id/respond',
    access: 'project.report',
    summary: '反馈办理情况(责任部门)/ the assigned department answers',
    tags,
    response: { 200: problemViewSchema },
    params: idParams,
    body: problemRespondSchema,
    handler: async ({ params, body, ctx }) => respondProblem(ctx, params.id, body.version, body.text),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/project-problems/:id/close',
    access: 'project.manage',
    summary: '销号 / close the problem',
    tags,
    response: { 200: problemViewSchema },
    params: idParams,
    body: problemCloseSchema,
    handler: async ({ params, body, ctx }) => closeProblem(ctx, params.id, body.version, body.note),
  }),
];
