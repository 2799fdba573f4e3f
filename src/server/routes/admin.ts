/**
 * 管理: units, users, responsibilities (责任分工), annual targets (年度目标) and the audit log.
 */
import { z } from 'zod';
import { codeText, freeText, nameText } from '../../contracts/text';
import { addUser, listUsers, resetPassword, updateUser } from '../../services/auth/users';
import { listAssignments, setAssignment } from '../../services/org-units/assignments';
import { addUnit, listUnits, updateUnit } from '../../services/org-units/org-units';
import { annualTargetHistory, setAnnualTarget } from '../../services/plans/annual-targets';
import { findPlan } from '../../services/plans/stored-plan';
import { listAudit } from '../../services/system/audit-log';
import { defineRoute, planParams } from '../http/route';

const code = codeText()
  .max(64)
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
    '只能包含字母、数字、点、下划线和连字符 / letters, digits, . _ - only',
  );
const unitKind = z.enum(['office', 'department', 'park', 'subdistrict', 'enterprise']);
const role = z.enum(['admin', 'plan_office', 'reporter', 'reviewer', 'leader']);
const version = z.number().int().min(1).max(1_000_000_000);

export const adminRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/units',
    access: 'plan.read',
    summary: '单位(部门/园区/街道)/ organisational units',
    tags: ['admin'],
    handler: async ({ ctx }) => listUnits(ctx),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/units',
    access: 'unit.manage',
    summary: '新增单位 / add a unit',
    tags: ['admin'],
    body: z.object({
      code,
      name: nameText().min(1).max(100),
      nameEn: nameText().min(1).max(200),
      kind: unitKind,
    }),
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
    params: z.object({ code }),
    body: z.object({
      version,
      name: nameText().min(1).max(100).optional(),
      nameEn: nameText().min(1).max(200).optional(),
      kind: unitKind.optional(),
      active: z.boolean().optional(),
    }),
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
    handler: async ({ ctx }) => listUsers(ctx),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/users',
    access: 'user.manage',
    summary: '新增用户(返回一次性初始密码)/ add a user (returns a one-time password)',
    tags: ['admin'],
    body: z.object({
      username: code,
      displayName: nameText().min(1).max(100),
      role,
      unit: code.nullable().optional(),
    }),
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
    params: z.object({ username: code }),
    body: z.object({
      version,
      displayName: nameText().min(1).max(100).optional(),
      role: role.optional(),
      unit: code.nullable().optional(),
      active: z.boolean().optional(),
    }),
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
    params: z.object({ username: code }),
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
    handler: async ({ params, ctx }) => listAssignments(ctx, await findPlan(ctx, params.plan)),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/plans/:plan/assignments',
    access: 'assignment.manage',
    summary: '设置牵头和配合单位 / set the lead and co-units of an item',
    tags: ['admin'],
    params: planParams,
    body: z.object({
      itemType: z.enum(['indicator', 'task', 'project']),
      itemCode: code,
      lead: code,
      co: z.array(code).max(50).default([]),
    }),
    handler: async ({ params, body, ctx }) => setAssignment(ctx, await findPlan(ctx, params.plan), body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:plan/indicators/:code/annual-targets',
    access: 'plan.read',
    summary: '年度目标的全部修订 / every revision of the annual targets',
    tags: ['admin'],
    params: z.object({ plan: code, code }),
    handler: async ({ params, ctx }) =>
      annualTargetHistory(ctx, await findPlan(ctx, params.plan), params.code),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/plans/:plan/indicators/:code/annual-targets/:year',
    access: 'annual_target.manage',
    summary: "设置某年的年度目标(须说明理由)/ set a year's target (with a reason)",
    tags: ['admin'],
    params: z.object({ plan: code, code, year: z.coerce.number().int().min(1949).max(2100) }),
    body: z.object({ value: z.number().finite().min(-1e15).max(1e15), reason: freeText().min(1).max(2000) }),
    handler: async ({ params, body, ctx }) =>
      setAnnualTarget(ctx, await findPlan(ctx, params.plan), params.code, { year: params.year, ...body }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/audit',
    access: 'audit.read',
    summary: '审计日志 / audit log',
    tags: ['admin'],
    query: z.object({
      entityType: codeText().max(32).optional(),
      entityId: codeText().max(128).optional(),
      before: z.coerce.number().int().positive().optional(),
      limit: z.coerce.number().int().min(1).max(500).default(100),
    }),
    handler: async ({ query, ctx }) => listAudit(ctx, query),
  }),
];
