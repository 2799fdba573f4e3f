/**
 * 管理: units, users, responsibilities (责任分工), annual targets (年度目标) and the audit log.
 */
import {
  annualTargetBody,
  annualTargetHistorySchema,
  annualTargetParams,
  annualTargetRevisionSchema,
  assignmentBody,
  assignmentListSchema,
  assignmentSchema,
  auditListSchema,
  auditQuery,
  indicatorParams,
  newUnitBody,
  newUserBody,
  newUserResponse,
  orgUnitListSchema,
  orgUnitSchema,
  passwordResetResponse,
  unitChangeBody,
  unitParams,
  userChangeBody,
  userListSchema,
  userParams,
  userSchema,
} from '../../contracts/admin-api';
import { planParams } from '../../contracts/common-api';
import { addUser, listUsers, resetPassword, updateUser } from '../../services/auth/users';
import { listAssignments, setAssignment } from '../../services/org-units/assignments';
import { addUnit, listUnits, updateUnit } from '../../services/org-units/org-units';
import { annualTargetHistory, setAnnualTarget } from '../../services/plans/annual-targets';
import { findPlan } from '../../services/plans/stored-plan';
import { listAudit } from '../../services/system/audit-log';
import { defineRoute } from '../http/route';

export const adminRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/units',
    access: 'plan.read',
    summary: '单位(部门/园区/街道)/ organisational units',
    tags: ['admin'],
    response: { 200: orgUnitListSchema },
    handler: async ({ ctx }) => listUnits(ctx),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/units',
    access: 'unit.manage',
    summary: '新增单位 / add a unit',
    tags: ['admin'],
    body: newUnitBody,
    response: { 201: orgUnitSchema },
    handler: async ({ body, ctx, reply }) => {
      const unit = await addUnit(ctx, body);
      reply.code(201);
      return unit;
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/units/:code',
    access: 'unit.manage',
    summary: '修改或停用单位 / rename or deactivate a unit',
    tags: ['admin'],
    params: unitParams,
    body: unitChangeBody,
    response: { 200: orgUnitSchema },
    handler: async ({ params, body, ctx }) => {
      const { version: v, ...change } = body;
      return updateUnit(ctx, params.code, v, change);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/users',
    access: 'user.manage',
    summary: '用户列表 / users',
    tags: ['admin'],
    response: { 200: userListSchema },
    handler: async ({ ctx }) => listUsers(ctx),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/users',
    access: 'user.manage',
    summary: '新增用户(返回一次性初始密码)/ add a user (returns a one-time password)',
    tags: ['admin'],
    body: newUserBody,
    response: { 201: newUserResponse },
    handler: async ({ body, ctx, reply, request }) => {
      const created = await addUser(ctx, body, request.server.lantu.scryptN);
      reply.code(201);
      return { user: created.user, initialPassword: created.password };
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/users/:username',
    access: 'user.manage',
    summary: '修改用户角色、单位或停用 / change role, unit, or deactivate',
    tags: ['admin'],
    params: userParams,
    body: userChangeBody,
    response: { 200: userSchema },
    handler: async ({ params, body, ctx }) => {
      const { version: v, ...change } = body;
      return updateUser(ctx, params.username, v, change);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/users/:username/reset-password',
    access: 'user.manage',
    summary: '重置密码(返回一次性密码,结束其会话)/ reset a password (one-time, ends sessions)',
    tags: ['admin'],
    params: userParams,
    response: { 200: passwordResetResponse },
    handler: async ({ params, ctx, request }) => ({
      temporaryPassword: await resetPassword(ctx, params.username, request.server.lantu.scryptN),
    }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:plan/assignments',
    access: 'plan.read',
    summary: '责任分工 / responsibilities',
    tags: ['admin'],
    params: planParams,
    response: { 200: assignmentListSchema },
    handler: async ({ params, ctx }) => listAssignments(ctx, await findPlan(ctx, params.plan)),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/plans/:plan/assignments',
    access: 'assignment.manage',
    summary: '设置牵头和配合单位 / set the lead and co-units of an item',
    tags: ['admin'],
    params: planParams,
    body: assignmentBody,
    response: { 200: assignmentSchema },
    handler: async ({ params, body, ctx }) => setAssignment(ctx, await findPlan(ctx, params.plan), body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:plan/indicators/:code/annual-targets',
    access: 'plan.read',
    summary: '年度目标的全部修订 / every revision of the annual targets',
    tags: ['admin'],
    params: indicatorParams,
    response: { 200: annualTargetHistorySchema },
    handler: async ({ params, ctx }) =>
      annualTargetHistory(ctx, await findPlan(ctx, params.plan), params.code),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/plans/:plan/indicators/:code/annual-targets/:year',
    access: 'annual_target.manage',
    summary: "设置某年的年度目标(须说明理由)/ set a year's target (with a reason)",
    tags: ['admin'],
    params: annualTargetParams,
    body: annualTargetBody,
    response: { 200: annualTargetRevisionSchema },
    handler: async ({ params, body, ctx }) =>
      setAnnualTarget(ctx, await findPlan(ctx, params.plan), params.code, { year: params.year, ...body }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/audit',
    access: 'audit.read',
    summary: '审计日志 / audit log',
    tags: ['admin'],
    query: auditQuery,
    response: { 200: auditListSchema },
    handler: async ({ query, ctx }) => listAudit(ctx, query),
  }),
];
