/**
 * The validation set (data/validation/official-judgements/): indicators as plans wrote them, the
 * actuals as published with their dates, and the category an official mid-term evaluation gave each.
 */
import { z } from 'zod';
import {
  aspirationSchema,
  attributeSchema,
  basisChangeSchema,
  comparatorSchema,
  dateSchema,
  directionSchema,
  indicatorKindSchema,
  periodTextSchema,
  relationSchema,
  targetFormSchema,
} from './plan-package';
import { codeText, freeText, nameText } from './text';

export const officialCategorySchema = z.enum([
  'achieved_early',
  'ahead',
  'on_track',
  'behind',
  'met',
  'missed',
]);

const yearValue = z.object({ year: z.number().int(), value: z.number().finite() });

export const judgedIndicatorSchema = z.object({
  code: codeText(),
  name: nameText().min(1),
  unit: nameText().min(1),
  kind: indicatorKindSchema,
  attribute: attributeSchema,
  direction: directionSchema,
  baseline: yearValue.extend({ abnormal: freeText().min(1).nullable().optional() }).nullable(),
  target: z.object({
    year: z.number().int(),
    value: z.number().finite().nullable(),
    comparator: comparatorSchema,
    text: freeText().min(1),
    increment: z.number().finite().nullable().optional(),
    form: targetFormSchema.optional(),
    relation: relationSchema.optional(),
    aspiration: aspirationSchema.nullable().optional(),
  }),
  annualGrowth: z.number().finite().nullable(),
  annualTargets: z.array(
    yearValue.extend({ comparator: comparatorSchema.optional(), text: freeText().optional() }),
  ),
  annualTargetSource: freeText().optional(),
  relatedTo: nameText().nullable(),
  basisChanges: z.array(basisChangeSchema.extend({ restatedBaseline: z.number().finite() })).optional(),
  observations: z.array(
    z.object({
      period: periodTextSchema,
      value: z.number().finite(),
      published: dateSchema,
      source: nameText().min(1),
      vintage: nameText().optional(),
    }),
  ),
  /** Why there are no observations, when there are none. */
  dataNote: freeText().optional(),
  official: z.object({
    category: officialCategorySchema,
    quote: freeText().min(1),
    url: freeText().url(),
    /** named: the report names the indicator with its category; deduced: see the report note. */
    evidence: z.enum(['named', 'deduced']),
  }),
});
export type JudgedIndicator = z.infer<typeof judgedIndicatorSchema>;

export const officialJudgementSetSchema = z.object({
  plan: z.object({
    code: codeText(),
    name: nameText().min(1),
    tableSource: freeText().min(1),
    baseYear: z.number().int(),
    targetYear: z.number().int(),
  }),
  report: z.object({
    title: nameText().min(1),
    by: freeText().min(1),
    date: dateSchema,
    urls: z.array(freeText().url()).min(1),
    note: freeText().optional(),
  }),
  /** The evaluation date and the publication cut-off: the report's own date. */
  evaluation: z.object({ asOf: periodTextSchema, dataAsOf: dateSchema }),
  indicators: z.array(judgedIndicatorSchema).min(1),
});
export type OfficialJudgementSet = z.infer<typeof officialJudgementSetSchema>;
