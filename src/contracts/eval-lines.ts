/**
 * The JSON-lines contract of `lantu eval`: one series or indicator per input line, one result per
 * output line, so analysts can pipe Lantu into their own scripts (README §eval).
 */
import { z } from 'zod';
import {
  aspirationSchema,
  attributeSchema,
  basisChangeSchema,
  comparatorSchema,
  dateSchema,
  directionSchema,
  evaluationSettingsSchema,
  indicatorKindSchema,
  measureSchema,
  periodTextSchema,
  relationSchema,
  targetFormSchema,
} from './plan-package';
import { codeText, freeText, nameText } from './text';

const yearValue = z.object({ year: z.number().int().min(1900).max(2200), value: z.number().finite() });

/** `--method sdg`: one Open SDG series. */
export const sdgLineSchema = z.object({
  id: codeText().max(200),
  base: yearValue,
  current: yearValue,
  target: yearValue.nullable().default(null),
  direction: directionSchema,
  limit: z.number().finite().nullable().default(null),
  thresholds: z
    .object({ high: z.number().finite(), medium: z.number().finite(), low: z.number().finite() })
    .optional(),
});
export type SdgLine = z.infer<typeof sdgLineSchema>;

const indicatorDefinition = z.object({
  code: codeText().max(64).default('X'),
  name: nameText().max(200).default(''),
  unit: nameText().min(1).max(20),
  kind: indicatorKindSchema,
  attribute: attributeSchema.default('expected'),
  direction: directionSchema.default('increase'),
  baseline: yearValue
    .extend({ abnormal: freeText().min(1).nullable().optional() })
    .nullable()
    .default(null),
  target: z
    .object({
      year: z.number().int().min(1900).max(2200),
      value: z.number().finite().nullable(),
      comparator: comparatorSchema.default('ge'),
      text: freeText().max(100).optional(),
      increment: z.number().finite().nullable().optional(),
      form: targetFormSchema.optional(),
      relation: relationSchema.optional(),
      aspiration: aspirationSchema.nullable().optional(),
    })
    .nullable()
    .default(null),
  annualGrowth: z.number().finite().nullable().default(null),
  annualTargets: z
    .array(yearValue.extend({ comparator: comparatorSchema.optional(), text: freeText().min(1).optional() }))
    .default([]),
  basisChanges: z.array(basisChangeSchema).default([]),
});

const observation = z.object({
  period: periodTextSchema,
  measure: measureSchema.default('level'),
  value: z.number().finite(),
  published: dateSchema.optional(),
  vintage: nameText().min(1).optional(),
  span: z.enum(['since_base']).optional(),
  source: nameText().min(1).optional(),
});

/** `--method cn`: an indicator definition with its observations and the evaluation date. */
export const cnLineSchema = z.object({
  id: codeText().max(200),
  asOf: periodTextSchema,
  /** Only observations published by this date count (`--data-as-of` overrides it for every line). */
  dataAsOf: dateSchema.optional(),
  /** Settings over the documented defaults (docs/methodology.md §12). */
  settings: evaluationSettingsSchema.optional(),
  baseYear: z.number().int().min(1900).max(2200).optional(),
  targetYear: z.number().int().min(1900).max(2200).optional(),
  indicator: indicatorDefinition,
  observations: z.array(observation).default([]),
  /** For `relative` indicators: the indicator it follows, with its observations. */
  related: z
    .object({ indicator: indicatorDefinition, observations: z.array(observation).default([]) })
    .optional(),
});
export type CnLine = z.infer<typeof cnLineSchema>;
