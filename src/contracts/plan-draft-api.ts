/**
 * A plan draft (docs/plan-import.md): what the drafter proposes from a plan's document before a plan
 * office has reviewed it. Every candidate carries its quote — where in the document it was read — and
 * a confidence, so the review screen can show the source next to the proposal and nothing is invented.
 * The same shapes are the candidates file of `lantu plan draft` and the bodies of the draft API.
 */
import { z } from 'zod';
import {
  attributeSchema,
  basisSchema,
  comparatorSchema,
  directionSchema,
  indicatorKindSchema,
} from './plan-package';
import { codeText, freeText, nameText } from './text';

/** A span of the document: block (paragraph or table row) index and character offsets in it. */
export const draftQuoteSchema = z.object({
  block: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: freeText().min(1),
});
export type DraftQuote = z.infer<typeof draftQuoteSchema>;

const confidence = z.number().min(0).max(1);
const status = z.enum(['proposed', 'accepted', 'edited', 'rejected']);
export type CandidateStatus = z.infer<typeof status>;

export const outlineCandidateSchema = z.object({
  id: codeText(),
  kind: z.enum(['part', 'chapter', 'section', 'column']),
  number: z.number().int().positive().nullable(),
  title: nameText().min(1),
  parent: nameText().nullable(),
  /** How the document numbered it: 第一篇, 一、, (一), 1. … */
  style: z.enum(['part', 'chapter', 'section', 'column', 'numbered1', 'numbered2', 'numbered3']),
  /** First sentence of the node's text. */
  summary: freeText().nullable().default(null),
  /** 专栏 items (专项, numbered entries) in the order written. */
  items: z.array(z.object({ name: nameText().min(1), quote: draftQuoteSchema })).default([]),
  /** A 专栏's stated total investment (总投资约360亿元). */
  investment: z
    .object({
      value: z.number().finite().nonnegative(),
      unit: nameText().min(1),
      comparator: comparatorSchema,
      text: freeText().min(1),
    })
    .nullable()
    .default(null),
  confidence,
  quote: draftQuoteSchema,
  status: status.default('proposed'),
});
export type OutlineCandidate = z.infer<typeof outlineCandidateSchema>;

const targetCandidate = z.object({
  year: z.number().int(),
  value: z.number().finite().nullable(),
  comparator: comparatorSchema,
  text: freeText().min(1),
});

export const indicatorCandidateSchema = z.object({
  code: codeText(),
  name: nameText().min(1),
  /** Empty when the document gives none: the office must choose one before publishing. */
  unit: nameText(),
  /** table: a row of the main indicator table; prose: a quantified target of the text. */
  origin: z.enum(['table', 'prose']),
  tableNo: z.number().int().positive().nullable(),
  /** Category as written (经济发展); prose targets take the chapter's. */
  category: nameText().nullable(),
  chapter: nameText().nullable(),
  attribute: attributeSchema,
  kind: indicatorKindSchema,
  direction: directionSchema,
  baseline: z.object({ year: z.number().int(), value: z.number().finite() }).nullable(),
  target: targetCandidate.nullable(),
  annualGrowth: z.number().finite().nullable(),
  cumulative: z.number().finite().nullable(),
  relatedTo: nameText().nullable(),
  cells: z.partialRecord(
    z.enum(['baseline', 'target', 'annualGrowth', 'cumulative', 'attribute', 'unit']),
    basisSchema,
  ),
  /** Table footnote marks (*) and other remarks of the drafter. */
  notes: z.array(freeText()).default([]),
  confidence,
  quotes: z.array(draftQuoteSchema).min(1),
  status: status.default('proposed'),
});
export type IndicatorCandidate = z.infer<typeof indicatorCandidateSchema>;

export const assignmentCandidateSchema = z.object({
  id: codeText(),
  /** The outline node or indicator the phrase belongs to, or the task as written in a 任务分工 table. */
  subject: nameText().min(1),
  subjectKind: z.enum(['outline', 'indicator', 'task']),
  lead: z.array(freeText().min(1)),
  support: z.array(freeText().min(1)),
  confidence,
  quote: draftQuoteSchema,
  status: status.default('proposed'),
});
export type AssignmentCandidate = z.infer<typeof assignmentCandidateSchema>;

/** A key task (重点任务) the drafter read from the text: the sentences as written, its chapter and 节. */
export const taskCandidateSchema = z.object({
  id: codeText(),
  text: freeText().min(1).max(300),
  /** The outline candidate (chapter) it belongs to. */
  chapter: codeText(),
  /** The paragraph's lead sentence or the 节's heading, and its place in the chapter; null for a measure. */
  section: z.object({ number: z.number().int().positive(), title: nameText().min(1).max(60) }).nullable(),
  /** The plan's end unless the office sets another (YYYY-MM-DD). */
  deadline: codeText().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Units by name: read from a responsibility phrase in the same paragraph, or chosen by the office. */
  lead: z.array(nameText().min(1)).default([]),
  co: z.array(nameText().min(1)).default([]),
  confidence,
  quote: draftQuoteSchema,
  status: status.default('proposed'),
});
export type TaskCandidate = z.infer<typeof taskCandidateSchema>;

export const draftSourceSchema = z.object({
  fileName: nameText().min(1),
  format: z.enum(['docx', 'pdf', 'txt', 'md', 'pasted']),
  /** For text files: the encoding it was read in (utf-8, utf-8-bom, gb18030). */
  encoding: nameText().nullable(),
  sha256: codeText().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  ocr: z.boolean().default(false),
});
export type DraftSource = z.infer<typeof draftSourceSchema>;

/** What the drafter read about the plan itself; the office confirms or corrects it. */
export const draftPlanMetaSchema = z.object({
  code: codeText(),
  name: nameText().nullable(),
  regionName: nameText().nullable(),
  level: z.enum(['zone', 'county', 'city', 'province', 'nation']),
  fiveYearPlanNo: z.number().int().nullable(),
  period: z.object({ start: z.number().int(), end: z.number().int() }).nullable(),
  visionYear: z.number().int().nullable(),
  issuedOn: freeText().nullable(),
  vision: z.object({ year: z.number().int(), text: freeText().min(1), quote: draftQuoteSchema }).nullable(),
  /** Categories of the indicator table in order, as written. */
  categories: z.array(freeText().min(1)),
  /** The goals of the 发展目标 chapter ("产业提质新突破。…"): name, text and quote. */
  goals: z
    .array(z.object({ name: nameText().min(1), text: freeText().min(1), quote: draftQuoteSchema }))
    .default([]),
});
export type DraftPlanMeta = z.infer<typeof draftPlanMetaSchema>;

/** candidates.json next to a drafted package; also what the review screen edits. */
export const draftCandidatesSchema = z.object({
  formatVersion: z.literal(1),
  draft: z.literal(true),
  source: draftSourceSchema,
  plan: draftPlanMetaSchema,
  outline: z.array(outlineCandidateSchema),
  indicators: z.array(indicatorCandidateSchema),
  assignments: z.array(assignmentCandidateSchema),
  /** Key tasks proposed from the text; absent from drafts made before tasks were drafted. */
  tasks: z.array(taskCandidateSchema).default([]),
  /** Lines of the indicator table the drafter could not place in a row. */
  unplaced: z.array(draftQuoteSchema).default([]),
});
export type DraftCandidates = z.infer<typeof draftCandidatesSchema>;

// ——— the draft API (src/server/routes/plan-drafts.ts) ———

const issue = z.object({
  file: freeText(),
  item: freeText().nullable(),
  field: freeText().nullable(),
  code: codeText(),
  severity: z.enum(['error', 'warning']),
  message: z.object({ zh: freeText(), en: freeText() }),
});

export const draftSummarySchema = z.object({
  id: z.number().int(),
  code: codeText(),
  fileName: nameText(),
  status: z.enum(['draft', 'publishing', 'published']),
  revision: z.number().int(),
  createdAt: freeText(),
  publishedAt: freeText().nullable(),
  planCode: codeText().nullable(),
});
export type DraftSummary = z.infer<typeof draftSummarySchema>;
export const draftListSchema = z.array(draftSummarySchema);

/** A draft as the review screen reads it: the document, the candidates, and every problem. */
export const draftViewSchema = draftSummarySchema.extend({
  lines: z.array(freeText()),
  candidates: draftCandidatesSchema,
  issues: z.array(issue),
});
export type DraftView = z.infer<typeof draftViewSchema>;

const planCode = codeText()
  .max(64)
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
    '只能包含字母、数字、点、下划线和连字符 / letters, digits, . _ - only',
  );

/** Pasted text (the upload of a file is multipart, with `code` in the query). */
export const draftFromTextBodySchema = z.object({
  text: freeText().min(1, '请粘贴规划正文 / paste the plan text').max(5_000_000),
  name: nameText().min(1).max(200).optional(),
  code: planCode.optional(),
});
export const draftUploadQuerySchema = z.object({ code: planCode.optional() });

export const draftSaveBodySchema = z.object({
  expectedRevision: z.number().int().min(1).max(1_000_000_000),
  candidates: draftCandidatesSchema,
});

export const draftPublishBodySchema = z.object({
  expectedRevision: z.number().int().min(1).max(1_000_000_000),
});
export const draftPublishResultSchema = z.object({
  planCode: codeText(),
  planId: z.number().int(),
  indicators: z.number().int(),
});
