/**
 * What the core's evaluation looks like on the wire (evaluation.md §Status, §Trend, §Roll-ups): one
 * indicator's result, the warnings, the roll-ups. Every view that shows a status uses these schemas.
 */
import { z } from 'zod';
import { indicatorStatuses, statusNames } from '../core/indicator-status';
import { bilingualSchema, keyedObject } from './common-api';
import { attributeSchema, indicatorKindSchema } from './plan-package';
import { codeText, freeText } from './text';

export const indicatorStatusSchema = z.enum(indicatorStatuses);
export type IndicatorStatus = z.infer<typeof indicatorStatusSchema>;
/** The names a status is shown by, official wording first (one catalogue, in core). */
export { statusNames };
export const trendVerdictSchema = z.enum(['likely', 'at_risk', 'unlikely']);
export type TrendVerdict = z.infer<typeof trendVerdictSchema>;
export const warningLevelSchema = z.enum(['red', 'yellow', 'grey']);
export type WarningLevel = z.infer<typeof warningLevelSchema>;

export const evaluationFlagSchema = z.enum([
  'implicit_baseline',
  'sub_annual',
  'single_point',
  'stale_data',
  'abnormal_baseline',
  'restated_baseline',
  'official_cumulative',
  'line_breached',
  'preliminary_data',
]);
export const officialCategorySchema = z.enum([
  'achieved_early',
  'ahead',
  'on_track',
  'behind',
  'met',
  'missed',
]);

export const requiredPaceSchema = z.object({
  value: z.number(),
  basis: z.enum(['percent_per_year', 'per_year']),
});
export type RequiredPace = z.infer<typeof requiredPaceSchema>;

export const indicatorEvaluationSchema = z
  .object({
    code: codeText(),
    kind: indicatorKindSchema,
    attribute: attributeSchema,
    asOf: codeText(),
    /** 序时进度, 0..1. */
    timeElapsed: z.number(),
    status: indicatorStatusSchema,
    ratio: z.number().nullable(),
    actual: z.number().nullable(),
    actualPeriod: codeText().nullable(),
    expected: z.number().nullable(),
    gapToExpected: z.number().nullable(),
    gapToTarget: z.number().nullable(),
    trend: z.object({
      projection: z.number().nullable(),
      requiredPace: requiredPaceSchema.nullable(),
      verdict: trendVerdictSchema.nullable(),
      explanation: bilingualSchema,
    }),
    flags: z.array(evaluationFlagSchema),
    reason: bilingualSchema.nullable(),
    explanation: bilingualSchema,
    /** The status on the official scale (提前实现 / 快于预期 / 基本符合预期 / 滞后; 已实现 / 未实现 at the end). */
    officialCategory: officialCategorySchema.nullable(),
    finalVerdict: z.object({ met: z.boolean(), completion: z.number().nullable() }).nullable(),
    years: z.array(
      z.object({
        year: z.number().int(),
        actual: z.number(),
        target: z.number(),
        targetText: freeText(),
        met: z.boolean(),
      }),
    ),
    breaches: z.array(z.number().int()),
    aspiration: z.object({ met: z.boolean().nullable(), explanation: bilingualSchema }).nullable(),
    notes: z.array(bilingualSchema),
    dataAsOf: freeText().nullable(),
  })
  .meta({ id: 'IndicatorEvaluation' });
export type IndicatorEvaluation = z.infer<typeof indicatorEvaluationSchema>;

export const warningSchema = z
  .object({
    type: z.enum(['indicator_lagging', 'indicator_at_risk', 'report_overdue']),
    level: warningLevelSchema,
    subject: codeText(),
    reason: bilingualSchema,
    since: codeText(),
  })
  .meta({ id: 'Warning' });
export type Warning = z.infer<typeof warningSchema>;

const statusCountsSchema = keyedObject(indicatorStatusSchema.options, z.number().int());
export const rollupSchema = z
  .object({
    total: z.number().int(),
    byStatus: statusCountsSchema,
    byAttribute: keyedObject(attributeSchema.options, statusCountsSchema),
    groups: z.object({
      aheadOrAchieved: z.number().int(),
      onTrack: z.number().int(),
      lagging: z.number().int(),
      unassessed: z.number().int(),
    }),
    meanRatio: z.number().nullable(),
    ratioCount: z.number().int(),
    headline: bilingualSchema,
  })
  .meta({ id: 'Rollup' });

/** Which data layers entered the numbers; `demo` true means every view must say 示例数据. */
export const datasetInfoSchema = z.object({ layers: z.array(freeText()), demo: z.boolean() });

export const planEvaluationSchema = z
  .object({
    asOf: codeText(),
    timeElapsed: z.number(),
    results: z.array(indicatorEvaluationSchema),
    warnings: z.array(warningSchema),
    rollup: rollupSchema,
    byCategory: z.record(freeText(), rollupSchema),
  })
  .meta({ id: 'PlanEvaluation' });
export type PlanEvaluation = z.infer<typeof planEvaluationSchema>;
