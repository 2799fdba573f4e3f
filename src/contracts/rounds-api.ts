/**
 * 轮次管理: opening a reporting round, its completion by unit, reminders, extensions and closing.
 */
import { z } from 'zod';
import {
  codeRefSchema,
  isoDateSchema,
  itemTypeSchema,
  keyedObject,
  periodSchema,
  versionSchema,
} from './common-api';
import { codeText, freeText, nameText } from './text';

export const reportStatusSchema = z.enum(['pending', 'draft', 'submitted', 'approved', 'returned']);
export type ReportStatus = z.infer<typeof reportStatusSchema>;

export const roundSchema = z
  .object({
    id: z.number().int(),
    planId: z.number().int(),
    name: nameText(),
    period: codeText(),
    opensOn: codeText(),
    dueOn: codeText(),
    status: z.enum(['open', 'closed']),
    scope: z.object({
      itemTypes: z.array(itemTypeSchema),
      /** null: every item of those types that has a lead unit. */
      itemCodes: z.array(freeText()).nullable(),
      /** null: every unit that leads an item in scope. */
      unitIds: z.array(z.number().int()).nullable(),
    }),
    version: z.number().int(),
    createdBy: z.number().int().nullable(),
    createdAt: codeText(),
  })
  .meta({ id: 'Round' });
export type Round = z.infer<typeof roundSchema>;
export const roundListSchema = z.array(roundSchema);

export const unitProgressSchema = z
  .object({
    unit: codeText(),
    unitName: nameText(),
    dueOn: codeText(),
    total: z.number().int(),
    counts: keyedObject(reportStatusSchema.options, z.number().int()),
    /** Past its due date with reports neither submitted nor approved. */
    overdue: z.boolean(),
    complete: z.boolean(),
    reminders: z.number().int(),
    lastRemindedAt: freeText().nullable(),
  })
  .meta({ id: 'UnitProgress' });
export type UnitProgress = z.infer<typeof unitProgressSchema>;
export const roundProgressSchema = z.array(unitProgressSchema);

export const newRoundBody = z.object({
  name: nameText().min(1).max(200),
  period: periodSchema,
  opensOn: isoDateSchema,
  dueOn: isoDateSchema,
  itemTypes: z.array(itemTypeSchema).min(1).max(3),
  itemCodes: z.array(codeRefSchema).max(10_000).nullable().optional(),
  units: z.array(codeRefSchema).max(1000).nullable().optional(),
});
export const remindBody = z.object({ unit: codeRefSchema });
export const extendBody = z.object({ dueOn: isoDateSchema, unit: codeRefSchema.optional() });
export const closeBody = z.object({ version: versionSchema });
