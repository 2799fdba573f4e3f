/**
 * Plans and their indicators: the list, a plan's summary and outline, the indicator table with
 * statuses, one indicator's page and ledger, direct entry, the evaluation and the leaders' dashboard.
 */
import { z } from 'zod';
import {
  datasetSchema,
  expectedRevisionSchema,
  figureSchema,
  idParams,
  measureSchema,
  periodSchema,
  planParams,
  reasonSchema,
} from './common-api';
import {
  datasetInfoSchema,
  indicatorEvaluationSchema,
  indicatorStatusSchema,
  planEvaluationSchema,
  rollupSchema,
  warningLevelSchema,
  warningSchema,
} from './evaluation-api';
import {
  columnSchema,
  indicatorSchema,
  outlineNodeSchema,
  planMetaSchema,
  projectSchema,
} from './plan-package';
import { taskDashboardBlockSchema } from './task-api';
import { codeText, freeText, nameText } from './text';

export const evaluationQuery = z.object({ asOf: periodSchema.optional(), dataset: datasetSchema.optional() });
export const ledgerRestoreParams = planParams.extend(idParams.shape);

export const planListItemSchema = z
  .object({
    code: codeText(),
    name: nameText(),
    shortName: freeText(),
    nameEn: nameText(),
    baseYear: z.number().int(),
    targetYear: z.number().int(),
    isPublic: z.boolean(),
  })
  .meta({ id: 'PlanListItem' });
export type PlanListItem = z.infer<typeof planListItemSchema>;
export const planListSchema = z.array(planListItemSchema);

const meta = planMetaSchema.shape;
export const planSummarySchema = planListItemSchema
  .extend({
    region: meta.region,
    period: meta.period,
    visionYear: meta.visionYear,
    issuedOn: freeText().nullable(),
    developmentSystem: meta.developmentSystem,
    goals: meta.goals,
    vision: meta.vision,
    categories: meta.categories,
    counts: z.object({
      indicators: z.number().int(),
      table1: z.number().int(),
      binding: z.number().int(),
      chapters: z.number().int(),
      columns: z.number().int(),
      projects: z.number().int(),
    }),
    /** The evaluation date pages open at: this year in China, within the plan period. */
    defaultAsOf: freeText(),
  })
  .meta({ id: 'PlanSummary' });
export type PlanSummary = z.infer<typeof planSummarySchema>;

export const outlineResponseSchema = z
  .object({
    outline: z.array(outlineNodeSchema),
    columns: z.array(columnSchema),
    projects: z.array(projectSchema),
  })
  .meta({ id: 'Outline' });
export type Outline = z.infer<typeof outlineResponseSchema>;

const ind = indicatorSchema.shape;
export const indicatorRowSchema = z
  .object({
    code: codeText(),
    name: nameText(),
    nameEn: nameText(),
    unit: codeText(),
    category: codeText(),
    categoryName: nameText(),
    attribute: ind.attribute,
    kind: ind.kind,
    direction: ind.direction,
    source: ind.source,
    tableNo: z.number().int().nullable(),
    chapter: freeText().nullable(),
    baseline: ind.baseline,
    target: ind.target,
    annualGrowth: z.number().nullable(),
    cumulative: z.number().nullable(),
    evaluation: indicatorEvaluationSchema,
    warning: warningLevelSchema.nullable(),
    lead: codeText().nullable(),
    co: z.array(freeText()),
  })
  .meta({ id: 'IndicatorRow' });
export type IndicatorRowView = z.infer<typeof indicatorRowSchema>;
export const indicatorListSchema = z
  .object({
    asOf: codeText(),
    timeElapsed: z.number(),
    dataset: datasetInfoSchema,
    indicators: z.array(indicatorRowSchema),
  })
  .meta({ id: 'IndicatorList' });
export type IndicatorList = z.infer<typeof indicatorListSchema>;

export const ledgerEntrySchema = z
  .object({
    id: z.number().int(),
    indicatorCode: freeText(),
    period: codeText(),
    measure: measureSchema,
    value: z.number(),
    layer: z.enum(['reported', 'published', 'demo']),
    revision: z.number().int(),
    source: nameText().nullable(),
    reason: freeText().nullable(),
    reportId: z.number().int().nullable(),
    createdBy: z.number().int().nullable(),
    createdAt: codeText(),
  })
  .meta({ id: 'LedgerEntry' });
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;
export const ledgerRevisionSchema = ledgerEntrySchema
  .extend({
    createdByName: freeText().nullable(),
    /** true for the revision that counts now for its (period, measure). */
    current: z.boolean(),
  })
  .meta({ id: 'LedgerRevision' });
export const ledgerSchema = z.array(ledgerRevisionSchema);

export const annualPlanYearSchema = z.object({
  year: z.number().int(),
  value: z.number().nullable(),
  growth: z.number().nullable(),
  runningTotal: z.number().nullable(),
  /** set: entered by the plan office; path: derived from the five-year path; none: cannot be derived. */
  basis: z.enum(['set', 'path', 'none']),
});

export const indicatorPageSchema = z
  .object({
    asOf: codeText(),
    dataset: datasetInfoSchema,
    indicator: indicatorSchema,
    evaluation: indicatorEvaluationSchema,
    warnings: z.array(warningSchema),
    annualPlan: z.array(annualPlanYearSchema),
    ledger: ledgerSchema,
    lead: codeText().nullable(),
    co: z.array(freeText()),
  })
  .meta({ id: 'IndicatorPage' });
export type IndicatorPage = z.infer<typeof indicatorPageSchema>;

export const valueEntryBody = z.object({
  period: periodSchema,
  measure: measureSchema,
  value: figureSchema,
  reason: reasonSchema,
  source: nameText().max(500).nullable().optional(),
  expectedRevision: expectedRevisionSchema,
});
export const restoreBody = z.object({ reason: reasonSchema });

export const evaluationResponseSchema = planEvaluationSchema.extend({ dataset: datasetInfoSchema });

export const unitLagSchema = z.object({
  unit: codeText(),
  unitName: nameText(),
  outstanding: z.number().int(),
  overdue: z.boolean(),
  dueOn: codeText(),
});
export type UnitLag = z.infer<typeof unitLagSchema>;

/** 一屏观天下: what the leaders' one screen shows. */
export const dashboardSchema = z
  .object({
    asOf: codeText(),
    timeElapsed: z.number(),
    dataset: datasetInfoSchema,
    rollup: rollupSchema,
    byCategory: z.array(
      z.object({ code: codeText(), name: nameText(), nameEn: nameText(), rollup: rollupSchema.nullable() }),
    ),
    bindingBehind: z.array(z.object({ code: codeText(), name: nameText(), status: indicatorStatusSchema })),
    warnings: z.array(warningSchema.extend({ name: nameText() })),
    reports: z.object({ overdue: z.number().int(), units: z.array(unitLagSchema) }),
    tasks: taskDashboardBlockSchema,
  })
  .meta({ id: 'Dashboard' });
export type Dashboard = z.infer<typeof dashboardSchema>;
export type DashboardWarning = Dashboard['warnings'][number];

export const publicBody = z.object({ isPublic: z.boolean() });
export const publicResponse = z.object({ code: codeText(), isPublic: z.boolean() });
