/**
 * Requests and responses of the key-task API (docs/tasks.md §6), shared by the server, its tests and
 * the web app. Refusals name the field in Chinese and English; the services check the rules that
 * need stored data (the last approved percent, the lead unit, an open round).
 */
import { z } from 'zod';
import { taskStatuses } from '../core/task-status';
import { periodTextSchema } from './plan-package';
import { inputIssueSchema } from './problem-api';
import { taskOutputs } from './task-package';
import { codeSchema, codeText, freeText, nameText } from './text';

const bilingual = (zh: string, en: string) => ({ error: `${zh} / ${en}` });
const text = (max: number) => freeText().max(max);
const required = (max: number) => freeText().trim().min(1, '不能为空 / must not be empty').max(max);
const isoDate = codeText().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD / use YYYY-MM-DD');
const code = codeSchema;
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
export const taskPeriodSchema = periodTextSchema;

export const taskParams = z.object({ plan: codeText().max(64), code });
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

const bilingualText = z.object({ zh: freeText(), en: freeText() });
const unitRef = z.object({ code: codeText(), name: nameText() });

export const taskReportViewSchema = z.object({
  period: freeText(),
  revision: z.number(),
  state: z.enum(['draft', 'submitted', 'approved', 'returned']),
  action: z.enum(['save', 'submit', 'approve', 'return']),
  unit: codeText(),
  done: freeText(),
  percent: z.number(),
  status: taskStatusSchema,
  problems: freeText().nullable(),
  nextSteps: freeText().nullable(),
  lowerReason: freeText().nullable(),
  evidence: z.array(z.number()),
  comment: freeText().nullable(),
  by: codeText().nullable(),
  at: freeText(),
});
export type TaskReportView = z.infer<typeof taskReportViewSchema>;

export const taskViewSchema = z.object({
  code: codeText(),
  text: freeText(),
  chapter: freeText(),
  chapterTitle: nameText(),
  section: z.number().nullable(),
  lead: unitRef,
  co: z.array(unitRef),
  start: freeText(),
  deadline: freeText(),
  output: z.enum(taskOutputs),
  indicators: z.array(freeText()),
  projects: z.array(freeText()),
  /** Last approved report: percent and the status counted (the office's judgement over the unit's). */
  percent: z.number().nullable(),
  status: taskStatusSchema,
  unitStatus: taskStatusSchema.nullable(),
  officeStatus: taskStatusSchema.nullable(),
  lastApprovedPeriod: freeText().nullable(),
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
  asOf: freeText(),
  counts: taskCountsSchema,
  sentence: bilingualText,
  tasks: z.array(taskViewSchema),
});
export type TaskListResponse = z.infer<typeof taskListResponse>;

const boardGroup = z.object({
  key: codeText(),
  name: nameText(),
  total: z.number(),
  counts: taskCountsSchema,
  lights: z.object({ green: z.number(), yellow: z.number(), red: z.number() }),
  overdue: z.number(),
});
export const taskBoardResponse = z.object({
  asOf: freeText(),
  counts: taskCountsSchema,
  sentence: bilingualText,
  byChapter: z.array(boardGroup),
  byUnit: z.array(boardGroup),
  overdue: z.array(taskViewSchema),
});
export type TaskBoardResponse = z.infer<typeof taskBoardResponse>;

export const supervisionViewSchema = z.object({
  id: z.number(),
  task: freeText(),
  unit: unitRef,
  text: freeText(),
  issuedOn: freeText(),
  replyDue: freeText(),
  status: z.enum(['open', 'replied', 'closed']),
  closedOn: freeText().nullable(),
  light: taskLightSchema,
  lightReason: bilingualText,
  version: z.number(),
  events: z.array(
    z.object({
      action: z.enum(['issue', 'reply', 'extend', 'close']),
      text: freeText().nullable(),
      dueOn: freeText().nullable(),
      onDate: freeText(),
      by: codeText().nullable(),
      at: freeText(),
    }),
  ),
});
export type SupervisionView = z.infer<typeof supervisionViewSchema>;

export const taskDetailResponse = taskViewSchema.extend({
  /** The signed-in user's unit's part in the task: it reports (lead), helps (co) or neither. */
  yourPart: z.enum(['lead', 'co']).nullable(),
  milestones: z.array(z.object({ year: z.number(), text: freeText() })),
  unitsFrom: z.object({ lead: z.enum(['text', 'proposed']), co: z.array(z.enum(['text', 'proposed'])) }),
  notes: freeText().nullable(),
  reports: z.array(taskReportViewSchema),
  current: z.record(freeText(), taskReportViewSchema),
  contributions: z.array(
    z.object({
      period: freeText(),
      unit: unitRef,
      text: freeText(),
      by: codeText().nullable(),
      at: freeText(),
    }),
  ),
  judgements: z.array(
    z.object({
      period: freeText(),
      status: taskStatusSchema,
      reason: freeText(),
      by: codeText().nullable(),
      at: freeText(),
    }),
  ),
  supervisions: z.array(supervisionViewSchema),
  evidenceLinks: z.array(z.object({ attachment: z.number(), itemType: freeText(), itemCode: freeText() })),
  /** Each piece of evidence once, with the report it was uploaded to (an indicator's, a project's …). */
  evidence: z.array(
    z.object({
      attachment: z.number(),
      fileName: nameText(),
      uploadedFor: z.object({ itemType: freeText(), itemCode: freeText(), period: freeText() }).nullable(),
    }),
  ),
  /** Every change of lead unit, co-units or deadline since the package (a 分工方案 applied), oldest first. */
  responsibility: z.array(
    z.object({
      revision: z.number().int(),
      lead: unitRef,
      co: z.array(unitRef),
      deadline: codeText(),
      reason: freeText(),
      by: codeText().nullable(),
      at: freeText(),
    }),
  ),
});
export type TaskDetailResponse = z.infer<typeof taskDetailResponse>;

/** The dashboard's key-task block: "重点任务 N项:已完成 a项、序时推进 b项、滞后 c项", lights and overdue. */
export const taskDashboardBlockSchema = z.object({
  asOf: codeText(),
  total: z.number().int(),
  counts: taskCountsSchema,
  sentence: bilingualText,
  lights: z.object({ green: z.number().int(), yellow: z.number().int(), red: z.number().int() }),
  overdue: z.number().int(),
});

/** A co-unit's part as saved. */
export const taskContributionResponse = z.object({ period: freeText(), unit: codeText(), text: freeText() });
/** The office's judgement as saved. */
export const taskJudgementResponse = z.object({
  period: freeText(),
  status: taskStatusSchema,
  reason: freeText(),
});
/** The 督办单 of a plan the reader may see. */
export const supervisionListResponse = z.object({
  asOf: freeText(),
  supervisions: z.array(supervisionViewSchema),
});

const divisionRowStatus = z.enum(['unchanged', 'changed', 'new', 'rejected']);
/** The row-by-row check of an uploaded 分工方案. */
export const divisionCheckResponse = z.object({
  counts: z.object({
    unchanged: z.number().int(),
    changed: z.number().int(),
    new: z.number().int(),
    rejected: z.number().int(),
  }),
  rows: z.array(
    z.object({
      row: z.number().int(),
      code: codeText().nullable(),
      status: divisionRowStatus,
      changes: z.array(bilingualText),
      issues: z.array(inputIssueSchema),
    }),
  ),
  problems: z.array(bilingualText),
});
export type DivisionCheck = z.infer<typeof divisionCheckResponse>;

/** Applying an uploaded 分工方案: why (the office's reason or its 文号), required. */
export const divisionApplyQuery = z.object({ reason: freeText().min(1).max(500) });
/** What applying changed: the tasks whose responsibility took a new revision, and the check it rests on. */
export const divisionApplyResponse = z.object({
  applied: z.array(codeText()),
  check: divisionCheckResponse,
});
export type DivisionApply = z.infer<typeof divisionApplyResponse>;
