/**
 * Evaluation reports (年度监测报告 / 中期评估报告 / 总结评估报告) as Word, PDF or HTML, and the office's
 * narrative sections (存在问题, 下一步建议) that go into them.
 */
import { z } from 'zod';
import { datasetSchema, expectedRevisionSchema, periodSchema } from './common-api';
import { codeText, freeText } from './text';

export const reportKindSchema = z.enum(['annual', 'midterm', 'final']);
export type ReportKindName = z.infer<typeof reportKindSchema>;

export const reportMediaTypes = [
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/pdf',
  'text/html',
] as const;

export const evaluationReportQuery = z.object({
  asOf: periodSchema,
  kind: reportKindSchema.default('annual'),
  lang: z.enum(['zh', 'en']).default('zh'),
  format: z.enum(['docx', 'pdf', 'html']).default('docx'),
  dataset: datasetSchema.default('all'),
});

export const narrativeQuery = z.object({ asOf: periodSchema, kind: reportKindSchema });
export const narrativeBody = narrativeQuery.extend({
  problems: freeText().max(50_000),
  nextSteps: freeText().max(50_000),
  expectedRevision: expectedRevisionSchema.max(1_000_000),
});

export const narrativeRevisionSchema = z.object({
  revision: z.number().int(),
  problems: freeText(),
  nextSteps: freeText(),
  createdBy: z.number().int().nullable(),
  createdAt: codeText(),
  createdByName: freeText().nullable(),
});
export type ReportNarrativeRevision = z.infer<typeof narrativeRevisionSchema>;
export const narrativeSchema = z
  .object({
    problems: freeText(),
    nextSteps: freeText(),
    revision: z.number().int(),
    history: z.array(narrativeRevisionSchema),
  })
  .meta({ id: 'Narrative' });
export type NarrativeView = z.infer<typeof narrativeSchema>;
