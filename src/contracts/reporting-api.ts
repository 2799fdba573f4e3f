/**
 * 填报 and 审核: the unit's inbox, a report's drafts, submission, approval or return, its history and
 * its evidence files.
 */
import { z } from 'zod';
import { figureSchema, itemTypeSchema, measureSchema, versionSchema } from './common-api';
import { reportStatusSchema } from './rounds-api';
import { codeText, freeText, nameText } from './text';

export const reportSchema = z
  .object({
    id: z.number().int(),
    planId: z.number().int(),
    roundId: z.number().int(),
    unitId: z.number().int(),
    itemType: itemTypeSchema,
    itemCode: codeText(),
    status: reportStatusSchema,
    period: codeText(),
    measure: measureSchema.nullable(),
    value: z.number().nullable(),
    progressPercent: z.number().nullable(),
    narrative: freeText().nullable(),
    reviewComment: freeText().nullable(),
    version: z.number().int(),
    updatedBy: z.number().int().nullable(),
    updatedAt: codeText(),
    submittedAt: codeText().nullable(),
    reviewedBy: z.number().int().nullable(),
    reviewedAt: freeText().nullable(),
    /** The ledger revision the submission was based on; approval refuses it when the ledger moved since. */
    basedOnRevision: z.number().int().nullable(),
  })
  .meta({ id: 'Report' });
export type Report = z.infer<typeof reportSchema>;
export const reportListSchema = z.array(reportSchema);

export const reportRevisionSchema = z
  .object({
    id: z.number().int(),
    reportId: z.number().int(),
    version: z.number().int(),
    action: freeText(),
    status: reportStatusSchema,
    snapshot: reportSchema.pick({ measure: true, value: true, progressPercent: true, narrative: true }),
    comment: freeText().nullable(),
    actorId: z.number().int().nullable(),
    at: codeText(),
  })
  .meta({ id: 'ReportRevision' });
export const reportHistorySchema = z.array(reportRevisionSchema);

export const inboxItemSchema = z
  .object({
    report: reportSchema,
    plan: codeText(),
    round: z.object({
      id: z.number().int(),
      name: nameText(),
      period: codeText(),
      dueOn: codeText(),
      reminders: z.number().int(),
    }),
    item: z.object({ name: nameText(), unit: codeText().nullable(), kind: codeText().nullable() }),
    lastApproved: z.object({ period: codeText(), measure: measureSchema, value: z.number() }).nullable(),
    annualTarget: z.number().nullable(),
  })
  .meta({ id: 'InboxItem' });
export type InboxItem = z.infer<typeof inboxItemSchema>;
export const inboxSchema = z.array(inboxItemSchema);

/** What a unit fills in: a figure (within the value limit), a progress share, a narrative. */
export const reportContentSchema = z.object({
  measure: measureSchema.nullable().optional(),
  value: figureSchema.nullable().optional(),
  progressPercent: z.number().finite().min(0).max(100).nullable().optional(),
  narrative: freeText().max(20_000).nullable().optional(),
});
export const reportWriteBody = reportContentSchema.extend({ version: versionSchema });
export const approveBody = z.object({
  version: versionSchema,
  comment: freeText().max(2000).nullable().optional(),
});
export const returnBody = z.object({ version: versionSchema, comment: freeText().min(1).max(2000) });

const statusList = reportStatusSchema.options.join('|');
export const reportListQuery = z.object({
  round: z.coerce.number().int().positive().optional(),
  /** Statuses separated by commas: `submitted,returned`. */
  status: freeText()
    .regex(new RegExp(`^(${statusList})(,(${statusList}))*$`))
    .optional(),
});

export const attachmentSchema = z
  .object({
    id: z.number().int(),
    reportId: z.number().int(),
    fileName: nameText(),
    contentType: freeText(),
    size: z.number().int(),
    sha256: codeText(),
    storageKey: freeText(),
    uploadedBy: z.number().int().nullable(),
    createdAt: codeText(),
  })
  .meta({ id: 'Attachment' });
export type Attachment = z.infer<typeof attachmentSchema>;
export const attachmentListSchema = z.array(attachmentSchema);
/** Evidence goes back with the type it was checked to have (pdf, images, office files). */
export const evidenceMediaTypes = ['*/*'] as const;
