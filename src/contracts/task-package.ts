/**
 * tasks.json of a plan package (docs/tasks.md): the key tasks (重点任务) a plan's 节 and measures
 * yield, each with its text as written, its chapter and 节, the lead unit (牵头) and co-units (配合),
 * the period, annual milestones, the expected output (成果形式) and the indicators and projects it
 * serves. Cross-file rules (known units, chapters, codes; a lead unit; dates inside the plan) are in
 * io/importers/task-package-rules.ts.
 */
import { z } from 'zod';
import { codeSchema, codeText, freeText, nameText } from './text';

const code = codeSchema;
const isoDate = codeText().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD / use YYYY-MM-DD');

/** 成果形式: what a finished task leaves behind. */
export const taskOutputs = ['document', 'project', 'platform', 'institution', 'other'] as const;
export type TaskOutput = (typeof taskOutputs)[number];
export const taskOutputNames: Record<TaskOutput, { zh: string; en: string }> = {
  document: { zh: '文件', en: 'document' },
  project: { zh: '项目', en: 'project' },
  platform: { zh: '平台', en: 'platform' },
  institution: { zh: '制度', en: 'institution' },
  other: { zh: '其他', en: 'other' },
};

/** Whether a unit was read from the plan text or proposed by whoever drafted the package. */
export const unitSourceSchema = z.enum(['text', 'proposed']);

export const packageTaskSchema = z.object({
  code,
  /** The task as the plan writes it (an exact quote). */
  text: freeText().min(1).max(300),
  chapter: code,
  /** The 节 (a paragraph of the chapter) the task comes from; null for a chapter's list of measures. */
  section: z
    .object({
      number: z.number().int().positive(),
      title: nameText().min(1).max(60).nullable(),
      /** Line of the plan text the paragraph is on. */
      line: z.number().int().positive(),
    })
    .nullable(),
  /** Null while a drafter has not chosen one: such a task cannot be published. */
  lead: code.nullable(),
  co: z.array(code),
  unitsFrom: z.object({ lead: unitSourceSchema, co: z.array(unitSourceSchema) }),
  /** 分管领导, free text; the plan text names none. */
  leader: nameText().min(1).max(60).nullable(),
  start: isoDate,
  deadline: isoDate,
  milestones: z.array(z.object({ year: z.number().int(), text: freeText().min(1).max(300) })),
  output: z.enum(taskOutputs, {
    error: `成果形式应为 ${taskOutputs.join('、')} / output must be one of ${taskOutputs.join(', ')}`,
  }),
  indicators: z.array(code),
  projects: z.array(code),
  provenance: z.object({
    ref: codeText().min(1).max(40),
    quote: freeText().min(1).max(300),
    note: freeText().max(500).optional(),
  }),
  notes: freeText().max(500).optional(),
});
export type PackageTask = z.infer<typeof packageTaskSchema>;
export const tasksFileSchema = z.object({ tasks: z.array(packageTaskSchema) });
