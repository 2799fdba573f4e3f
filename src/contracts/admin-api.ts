/**
 * 管理: units, users, responsibilities (责任分工), annual targets (年度目标) and the audit log — the
 * requests the office sends and what the server answers.
 */
import { z } from 'zod';
import { codeSchema, figureSchema, itemTypeSchema, reasonSchema, versionSchema } from './common-api';
import { roles } from './permissions';
import { codeText, freeText, nameText } from './text';

export const unitKindSchema = z.enum(['office', 'department', 'park', 'subdistrict', 'enterprise']);
export const roleSchema = z.enum(roles);

export const orgUnitSchema = z
  .object({
    id: z.number().int(),
    code: codeText(),
    name: nameText(),
    nameEn: nameText(),
    kind: unitKindSchema,
    namedInPlan: z.boolean(),
    active: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: 'OrgUnit' });
export type OrgUnit = z.infer<typeof orgUnitSchema>;
export const orgUnitListSchema = z.array(orgUnitSchema);
export type OrgUnitKind = z.infer<typeof unitKindSchema>;

export const userSchema = z
  .object({
    id: z.number().int(),
    username: codeText(),
    displayName: nameText(),
    role: roleSchema,
    unitId: z.number().int().nullable(),
    active: z.boolean(),
    mustChangePassword: z.boolean(),
    failedLogins: z.number().int(),
    lockedUntil: freeText().nullable(),
    passwordChangedAt: freeText(),
    version: z.number().int(),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof userSchema>;
export const userListSchema = z.array(userSchema);

export const newUnitBody = z.object({
  code: codeSchema,
  name: nameText().min(1).max(100),
  nameEn: nameText().min(1).max(200),
  kind: unitKindSchema,
});
export const unitParams = z.object({ code: codeSchema });
export const unitChangeBody = z.object({
  version: versionSchema,
  name: nameText().min(1).max(100).optional(),
  nameEn: nameText().min(1).max(200).optional(),
  kind: unitKindSchema.optional(),
  active: z.boolean().optional(),
});

export const newUserBody = z.object({
  username: codeSchema,
  displayName: nameText().min(1).max(100),
  role: roleSchema,
  unit: codeSchema.nullable().optional(),
});
export const userParams = z.object({ username: codeSchema });
export const userChangeBody = z.object({
  version: versionSchema,
  displayName: nameText().min(1).max(100).optional(),
  role: roleSchema.optional(),
  unit: codeSchema.nullable().optional(),
  active: z.boolean().optional(),
});
/** The one-time password is shown once, to the administrator who created the account. */
export const newUserResponse = z.object({ user: userSchema, initialPassword: freeText() });
export const passwordResetResponse = z.object({ temporaryPassword: freeText() });

export const assignmentSchema = z
  .object({
    itemType: itemTypeSchema,
    itemCode: codeText(),
    lead: codeText().nullable(),
    co: z.array(freeText()),
  })
  .meta({ id: 'Assignment' });
export type AssignmentView = z.infer<typeof assignmentSchema>;
export const assignmentListSchema = z.array(assignmentSchema);
export const assignmentBody = z.object({
  itemType: itemTypeSchema,
  itemCode: codeSchema,
  lead: codeSchema,
  co: z.array(codeSchema).max(50).default([]),
});

export const annualTargetRevisionSchema = z
  .object({
    id: z.number().int(),
    indicatorCode: freeText(),
    year: z.number().int(),
    value: z.number(),
    reason: freeText(),
    createdBy: z.number().int().nullable(),
    createdAt: codeText(),
  })
  .meta({ id: 'AnnualTargetRevision' });
export type AnnualTargetRevision = z.infer<typeof annualTargetRevisionSchema>;
export const annualTargetHistorySchema = z.array(annualTargetRevisionSchema);
export const indicatorParams = z.object({ plan: codeSchema, code: codeSchema });
export const annualTargetParams = indicatorParams.extend({
  year: z.coerce.number().int().min(1949).max(2100),
});
export const annualTargetBody = z.object({ value: figureSchema, reason: reasonSchema });

export const auditEntrySchema = z
  .object({
    id: z.number().int(),
    at: codeText(),
    actorId: z.number().int().nullable(),
    actorName: nameText().nullable(),
    action: freeText(),
    entityType: codeText(),
    entityId: codeText(),
    before: z.unknown(),
    after: z.unknown(),
    requestId: freeText().nullable(),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export const auditListSchema = z.array(auditEntrySchema);
export const auditQuery = z.object({
  entityType: codeText().max(32).optional(),
  entityId: codeText().max(128).optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
