/**
 * Requests and responses of the key-task API (docs/tasks.md §6), shared by the server, its tests and
 * the web app. Refusals name the field in Chinese and English; the services check the rules that
 * need stored data (the last approved percent, the lead unit, an open round).
 */
import { z } from 'zod';
import { taskStatuses } from '../core/task-status';
import { taskOutputs } from './task-package';

const bilingual = (zh: string, en: string) => ({ error: `${zh} / ${en}` });
const noNul = (s: z.ZodString) =>
  s.refine((v) => !v.includes('\u0000'), '不能包含空字符 / must not contain NUL characters');
const text = (max: number) => noNul(z.string().max(max));
const required = (max: number) => noNul(z.string().trim().min(1, '不能为空 / must not be empty').max(max));
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD / use YYYY-MM-DD');
const code = z
  .string()
  .min(1)
  .max(64)
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
    '只能包含字母、数字、点、下划线和连字符 / letters, digits, . _ - only',
  );
const version = z.number().int().min(0).max(1_000_000_000);

export const taskStatusSchema = z.enum(
  taskStatuses,
  bilingual(
    '状态应为 completed(已完成)、on_track(序时推进)、behind(滞后)、not_started(未启动)',
    'status must be completed, on_track, behind or not_started',
  ),
);
export const taskLightSchema = z.enum(['green', 'yellow', 'red']);
/** A reporting period of a round: a year, a quarter or a month. */
export const taskPeriodSchema = z
  .string()
  .regex(
    /^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/,
    '期间应为 2024、2024-Q3 或 2024-09 / use 2024, 2024-Q3 or 2024-09',
  );

export const taskParams = z.object({ plan: z.string().min(1).max(64), code });
export const taskPeriodParams = taskParams.extend({ period: taskPeriodSchema });

export const taskListQuery = z.object({
  asOf: isoDate.optional(),
  chapter: code.optional(),
  unit: code.optional(),
  light: taskLightSchema.optional(),
  status: taskStatusSchema.optional(),
});
export const asOfQuery = z.object({ asOf: isoDate.optional() });

/** A lead unit's report for a period: saved as a draft, or submitted with `submit: true`. */
export const taskReportSchema = z.object({
  /** The revision read (0 when nothing was reported yet): a stale write is a 409. */
  revision: version,
  done: required(4000),
  percent: z
    .number()
    .finite()
    .min(0, '完成进度不能小于 0 / percent cannot be below 0')
    .max(100, '完成进度不能超过 100% / percent cannot exceed 100'),
  status: taskStatusSchema,
  problems: text(4000).nullable().default(null),
  nextSteps: text(4000).nullable().default(null),
  /** Why the percent is lower than the last approved one (required then). */
  lowerReason: text(1000).nullable().default(null),
  /** Attachments already uploaded (to any report) that prove this progress: linked, not copied. */
  evidence: z.array(z.number().int().positive()).max(50).default([]),
  submit: z.boolean().default(false),
});
export type TaskReportInput = z.infer<typeof taskReportSchema>;

export const taskReviewSchema = z.object({ revision: version, comment: text(2000).nullable().default(null) });
export const taskReturnSchema = z.object({ revision: version, comment: required(2000) });
export const taskContributionSchema = z.object({ text: required(4000) });
export const taskJudgementSchema = z.object({ status: taskStatusSchema, reason: required(1000) });

export const supervisionIssueSchema = z.object({ text: required(2000), replyDue: isoDate });
export const supervisionReplySchema = z.object({ version, text: required(4000) });
export const supervisionExtendSchema = z.object({ version, replyDue: isoDate, reason: required(1000) });
export const supervisionCloseSchema = z.object({ version, text: required(2000) });

const bilingualText = z.object({ zh: z.string(), en: z.string() });
const unitRef = z.object({ code: z.string(), name: z.string() });

export const taskReportViewSchema = z.object({
  period: z.string(),
  revision: z.number(),
  state: z.enum(['draft', 'submitted', 'approved', 'returned']),
  action: z.enum(['save', 'submit', 'approve', 'return']),
  unit: z.string(),
  done: z.string(),
  percent: z.number(),
  status: taskStatusSchema,
  problems: z.string().nullable(),
  nextSteps: z.string().nullable(),
  lowerReason: z.string().nullable(),
  evidence: z.array(z.number()),
  comment: z.string().nullable(),
  by: z.string().nullable(),
  at: z.string(),
});
export type TaskReportView = z.infer<typeof taskReportViewSchema>;

export const taskViewSchema = z.object({
  code: z.string(),
  text: z.string(),
  chapter: z.string(),
  chapterTitle: z.string(),
  section: z.number().nullable(),
  lead: unitRef,
  co: z.array(unitRef),
  start: z.string(),
  deadline: z.string(),
  output: z.enum(taskOutputs),
  indicators: z.array(z.string()),
  projects: z.array(z.string()),
  /** Last approved report: percent and the status counted (the office's judgement over the unit's). */
  percent: z.number().nullable(),
  status: taskStatusSchema,
  unitStatus: taskStatusSchema.nullable(),
  officeStatus: taskStatusSchema.nullable(),
  lastApprovedPeriod: z.string().nullable(),
  light: taskLightSchema,
  lightReason: bilingualText,
  pace: z.number(),
  overdue: z.boolean(),
  openSupervisions: z.number(),
});
export type TaskView = z.infer<typeof taskViewSchema>;

export const taskCountsSchema = z.object({
  completed: z.number(),
  on_track: z.number(),
  behind: z.number(),
  not_started: z.number(),
});

export const taskListResponse = z.object({
  asOf: z.string(),
  counts: taskCountsSchema,
  sentence: bilingualText,
  tasks: z.array(taskViewSchema),
});
export type TaskListResponse = z.infer<typeof taskListResponse>;

const boardGroup = z.object({
  key: z.string(),
  name: z.string(),
  total: z.number(),
  counts: taskCountsSchema,
  lights: z.object({ green: z.number(), yellow: z.number(), red: z.number() }),
  overdue: z.number(),
});
export const taskBoardResponse = z.object({
  asOf: z.string(),
  counts: taskCountsSchema,
  sentence: bilingualText,
  byChapter: z.array(boardGroup),
  byUnit: z.array(boardGroup),
  overdue: z.array(taskViewSchema),
});
export type TaskBoardResponse = z.infer<typeof taskBoardResponse>;

export const supervisionViewSchema = z.object({
  id: z.number(),
  task: z.string(),
  unit: unitRef,
  text: z.string(),
  issuedOn: z.string(),
  replyDue: z.string(),
  status: z.enum(['open', 'replied', 'closed']),
  closedOn: z.string().nullable(),
  light: taskLightSchema,
  lightReason: bilingualText,
  version: z.number(),
  events: z.array(
    z.object({
      action: z.enum(['issue', 'reply', 'extend', 'close']),
      text: z.string().nullable(),
      dueOn: z.string().nullable(),
      onDate: z.string(),
      by: z.string().nullable(),
      at: z.string(),
    }),
  ),
});
export type SupervisionView = z.infer<typeof supervisionViewSchema>;

export const taskDetailResponse = taskViewSchema.extend({
  /** The signed-in user's unit's part in the task: it reports (lead), helps (co) or neither. */
  yourPart: z.enum(['lead', 'co']).nullable(),
  milestones: z.array(z.object({ year: z.number(), text: z.string() })),
  unitsFrom: z.object({ lead: z.enum(['text', 'proposed']), co: z.array(z.enum(['text', 'proposed'])) }),
  notes: z.string().nullable(),
  reports: z.array(taskReportViewSchema),
  current: z.record(z.string(), taskReportViewSchema),
  contributions: z.array(
    z.object({
      period: z.string(),
      unit: unitRef,
      text: z.string(),
      by: z.string().nullable(),
      at: z.string(),
    }),
  ),
  judgements: z.array(
    z.object({
      period: z.string(),
      status: taskStatusSchema,
      reason: z.string(),
      by: z.string().nullable(),
      at: z.string(),
    }),
  ),
  supervisions: z.array(supervisionViewSchema),
  evidenceLinks: z.array(z.object({ attachment: z.number(), itemType: z.string(), itemCode: z.string() })),
  /** Each piece of evidence once, with the report it was uploaded to (an indicator's, a project's …). */
  evidence: z.array(
    z.object({
      attachment: z.number(),
      fileName: z.string(),
      uploadedFor: z.object({ itemType: z.string(), itemCode: z.string(), period: z.string() }).nullable(),
    }),
  ),
});
export type TaskDetailResponse = z.infer<typeof taskDetailResponse>;
