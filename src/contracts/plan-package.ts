/**
 * The plan package: how a plan travels (docs/plan-package.md). A folder of JSON files, each
 * validated by one schema here. Cross-file rules (unknown codes, duplicate codes, years in order)
 * live in io/importers/plan-package-rules.ts because they need more than one file at a time.
 */
import { z } from 'zod';
import { measureSchema, periodSchema } from './common-api';
import { type PackageTask, tasksFileSchema } from './task-package';
import { codeSchema, codeText, freeText, nameText } from './text';

export { codeSchema, measureSchema };

/** Codes are stable identifiers used in URLs, files and spreadsheets. */

const year = z.number().int().min(1949).max(2100);

/** Where an item comes from in the plan text, with a short quote a reader can find. */
export const provenanceSchema = z.object({
  /** 表1, 第四章, 专栏3, 第十四章 … or "示例数据" for simulated data. */
  ref: nameText().min(1).max(40),
  quote: freeText().min(1).max(300),
  note: freeText().max(500).optional(),
});
export type Provenance = z.infer<typeof provenanceSchema>;

/** How a value in the package was obtained from the plan text. */
export const basisSchema = z.enum(['table', 'prose', 'derived']);
export type Basis = z.infer<typeof basisSchema>;

export const comparatorSchema = z.enum(['ge', 'le', 'approx', 'eq']);
export const directionSchema = z.enum(['increase', 'decrease']);
export const attributeSchema = z.enum(['expected', 'binding']);
export const indicatorKindSchema = z.enum([
  'level_compound',
  'level_linear',
  'rate',
  'cumulative',
  'threshold',
  'relative',
  'assigned',
]);
export const periodTextSchema = periodSchema;

/** reach (default), hold (保持/控制类), yearly (各年度视情提出), chained (〔13.5〕 yearly reductions compounded). */
export const targetFormSchema = z.enum(['reach', 'hold', 'yearly', 'chained']);
/** 高于 above, 与…基本同步 in_step, 不低于 not_below. */
export const relationSchema = z.enum(['above', 'in_step', 'not_below']);
/** The aspirational part of a composite target (力争…). */
export const aspirationSchema = z.object({
  value: z.number().finite().nullable(),
  comparator: comparatorSchema,
  text: freeText().min(1),
});
/** 口径调整: from `year` on the data are on a new basis; the baseline restated on it (checked by the rules). */
export const basisChangeSchema = z.object({
  year,
  restatedBaseline: z.number().finite().optional(),
  note: freeText().min(1),
});
/** YYYY-MM-DD. */
export const dateSchema = codeText().regex(
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  '日期格式应为 2023-02-28 / date must be YYYY-MM-DD',
);

export const categorySchema = z.object({
  code: codeSchema,
  name: nameText().min(1),
  nameEn: nameText().min(1),
});

export const extraUnitSchema = z.object({
  symbol: nameText().min(1).max(20),
  en: nameText().min(1),
  percent: z.boolean(),
});

export const evaluationSettingsSchema = z
  .object({
    aheadRatio: z.number().positive(),
    onTrackRatio: z.number().positive(),
    approxBandRelative: z.number().nonnegative(),
    approxBandPoints: z.number().nonnegative(),
    relativeGapPoints: z.number().nonnegative(),
    atRiskShare: z.number().positive().max(1),
    ratioCap: z.number().positive(),
    holdWhenBaselineMeets: z.boolean(),
    holdBreach: z.enum(['any_year', 'latest_year']),
    targetYearVerdict: z.boolean(),
  })
  .partial();

/** plan.json — what the plan is, whose it is and when it runs. */
export const planMetaSchema = z.object({
  formatVersion: z.literal(1),
  /**
   * Set by `lantu plan draft` on a package drafted from a document and not yet reviewed: such a
   * package validates, but is not loaded as a plan until the office publishes it (docs/plan-import.md).
   */
  draft: z.literal(true).optional(),
  code: codeSchema,
  name: nameText().min(1),
  shortName: nameText().min(1),
  nameEn: nameText().min(1),
  region: z.object({
    name: nameText().min(1),
    nameEn: nameText().min(1),
    level: z.enum(['zone', 'county', 'city', 'province', 'nation']),
    parent: nameText().optional(),
  }),
  /** 十四五 → 14. */
  fiveYearPlanNo: z.number().int().min(1).max(30),
  period: z.object({ start: year, end: year }),
  baseYear: year,
  targetYear: year,
  visionYear: year.nullable(),
  issuedBy: nameText().optional(),
  issuedOn: codeText()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  sourceDocument: nameText().min(1),
  /** The named development system, e.g. 一核引领、三擎驱动、七维共进, with what each part means. */
  developmentSystem: z
    .object({
      name: nameText().min(1),
      parts: z.array(z.object({ name: nameText().min(1), description: freeText().min(1) })),
      provenance: provenanceSchema,
    })
    .nullable(),
  /** Headline goals (发展目标) in the plan's words. */
  goals: z.array(
    z.object({ name: nameText().min(1), text: freeText().min(1), provenance: provenanceSchema }),
  ),
  vision: z.object({ year, text: freeText().min(1), provenance: provenanceSchema }).nullable(),
  categories: z.array(categorySchema).min(1),
  extraUnits: z.array(extraUnitSchema).default([]),
  evaluation: evaluationSettingsSchema.default({}),
});
export type PlanMeta = z.infer<typeof planMetaSchema>;

/** outline.json — the 篇 / 章 / 节 / 专栏 tree, flat with parent links, in reading order. */
export const outlineNodeSchema = z.object({
  id: codeSchema,
  kind: z.enum(['part', 'chapter', 'section', 'column']),
  /** 第三篇 → 3, 第十一章 → 11, 专栏6 → 6; sections may be unnumbered. */
  number: z.number().int().positive().nullable(),
  /** The heading as written, without its number: 重构高质量发展内核. */
  title: nameText().min(1),
  parent: codeSchema.nullable(),
  /** One or two sentences of what the part says, in the plan's words. */
  summary: freeText().optional(),
  provenance: provenanceSchema,
});
export const outlineSchema = z.object({ nodes: z.array(outlineNodeSchema).min(1) });
export type OutlineNode = z.infer<typeof outlineNodeSchema>;

/** indicators.json — table 1 and the quantified targets of the chapter texts. */
export const indicatorSchema = z.object({
  code: codeSchema,
  /** As written in the plan. */
  name: nameText().min(1),
  nameEn: nameText().min(1),
  unit: nameText().min(1),
  category: codeSchema,
  /** table1: a row of the main indicator table; 正文: a target stated in a chapter's text. */
  source: z.enum(['table1', '正文']),
  /** Row number in table 1 (1–28), null for unnumbered rows and prose targets. */
  tableNo: z.number().int().positive().nullable(),
  /** Outline node (chapter) the indicator belongs to. */
  chapter: codeSchema.nullable(),
  attribute: attributeSchema,
  kind: indicatorKindSchema,
  direction: directionSchema,
  /** `abnormal`: the plan's own note when it calls the base year abnormal. */
  baseline: z
    .object({ year, value: z.number().finite(), abnormal: freeText().min(1).nullable().optional() })
    .nullable(),
  target: z
    .object({
      year,
      value: z.number().finite().nullable(),
      comparator: comparatorSchema,
      text: freeText().min(1),
      /** 提高〔1〕岁: T = baseline + increment (value null). */
      increment: z.number().finite().nullable().optional(),
      form: targetFormSchema.optional(),
      relation: relationSchema.optional(),
      aspiration: aspirationSchema.nullable().optional(),
    })
    .nullable(),
  /** 口径调整 of the series, oldest first. */
  basisChanges: z.array(basisChangeSchema).optional(),
  /** Five-year average annual growth in % when stated (14 for "14左右"). */
  annualGrowth: z.number().finite().nullable(),
  /** A five-year total (the [] figures of the table). */
  cumulative: z.number().finite().nullable(),
  /** For `relative` indicators: the indicator whose growth this one follows. */
  relatedTo: codeSchema.nullable().default(null),
  /** Where each filled cell came from: the table itself, the chapter prose, or derived by arithmetic. */
  cells: z.partialRecord(
    z.enum(['baseline', 'target', 'annualGrowth', 'cumulative', 'attribute', 'unit']),
    basisSchema,
  ),
  provenance: z.array(provenanceSchema).min(1),
  /** Reconstruction notes and remaining ambiguities for this indicator. */
  notes: freeText().optional(),
});
export const indicatorsFileSchema = z.object({ indicators: z.array(indicatorSchema) });
export type PackageIndicator = z.infer<typeof indicatorSchema>;

/** annual-targets.json — 年度目标 set explicitly; years without one follow the five-year path. */
export const annualTargetSchema = z.object({
  indicator: codeSchema,
  year,
  value: z.number().finite(),
  reason: freeText().min(1),
  /** The year's own comparator and text ("6%以上", "5.5%左右"); the five-year target's when absent. */
  comparator: comparatorSchema.optional(),
  text: freeText().min(1).optional(),
});
export const annualTargetsFileSchema = z.object({ annualTargets: z.array(annualTargetSchema) });

const investmentSchema = z.object({
  value: z.number().finite().nonnegative(),
  unit: nameText().min(1),
  comparator: comparatorSchema,
  text: freeText().min(1),
});

/** columns.json — the 专栏, their sub-programmes (专项) and stated investment totals. */
export const columnSchema = z.object({
  id: codeSchema,
  number: z.number().int().positive(),
  title: nameText().min(1),
  chapter: codeSchema,
  investment: investmentSchema.nullable(),
  programmes: z.array(
    z.object({
      id: codeSchema,
      name: nameText().min(1),
      investment: investmentSchema.nullable(),
      /** Named in the column's opening sentence but given no text, or described but not named there. */
      note: freeText().optional(),
      provenance: provenanceSchema,
    }),
  ),
  provenance: provenanceSchema,
  notes: freeText().optional(),
});
export const columnsFileSchema = z.object({ columns: z.array(columnSchema) });
export type PackageColumn = z.infer<typeof columnSchema>;

/** projects.json — every project a column names, as written. */
export const projectSchema = z.object({
  code: codeSchema,
  name: nameText().min(1),
  column: codeSchema,
  programme: codeSchema.nullable(),
  chapter: codeSchema,
  provenance: provenanceSchema,
});
export const projectsFileSchema = z.object({ projects: z.array(projectSchema) });
export type PackageProject = z.infer<typeof projectSchema>;

/** units.json — 部门 / 园区 / 街道 / 企业 that own indicators, tasks and projects. */
export const orgUnitSchema = z.object({
  code: codeSchema,
  name: nameText().min(1),
  nameEn: nameText().min(1),
  kind: z.enum(['office', 'department', 'park', 'subdistrict', 'enterprise']),
  /** true when the plan names the unit; false for the starter set of departments. */
  namedInPlan: z.boolean(),
  /** Defaults a zone is expected to edit to its own organisation chart. */
  editableDefault: z.boolean(),
  provenance: provenanceSchema.nullable(),
});
export const unitsFileSchema = z.object({ units: z.array(orgUnitSchema) });
export type PackageOrgUnit = z.infer<typeof orgUnitSchema>;

export const observationSchema = z.object({
  indicator: codeSchema,
  period: periodTextSchema,
  measure: measureSchema,
  value: z.number().finite(),
  /** Where a published figure comes from; required for published data. */
  source: nameText().min(1).optional(),
  note: freeText().optional(),
  /** When the figure was published; evaluations `--data-as-of` a date use only what was out by then. */
  published: dateSchema.optional(),
  /** 初步核算, 最终核实 … */
  vintage: nameText().min(1).optional(),
  /** since_base: an official cumulative figure from the base year to this period (累计下降17.7%). */
  span: z.enum(['since_base']).optional(),
});
export type PackageObservation = z.infer<typeof observationSchema>;

/**
 * observations*.json — a data set of observations. `dataset: "demo"` marks simulated data (示例数据)
 * that every screen, export and report must label as such; `published` data name their source.
 */
export const observationsFileSchema = z.object({
  dataset: z.enum(['demo', 'published']),
  label: nameText().min(1),
  labelEn: nameText().min(1),
  description: freeText().min(1),
  observations: z.array(observationSchema),
});
export type ObservationsFile = z.infer<typeof observationsFileSchema>;

/** The files of a package and the schema of each; observation files match `observations*.json`. */
export const packageFiles = {
  'plan.json': planMetaSchema,
  'outline.json': outlineSchema,
  'indicators.json': indicatorsFileSchema,
  'annual-targets.json': annualTargetsFileSchema,
  'columns.json': columnsFileSchema,
  'projects.json': projectsFileSchema,
  'units.json': unitsFileSchema,
  'tasks.json': tasksFileSchema,
} as const;

export interface PlanPackage {
  meta: PlanMeta;
  outline: OutlineNode[];
  indicators: PackageIndicator[];
  annualTargets: z.infer<typeof annualTargetSchema>[];
  columns: PackageColumn[];
  projects: PackageProject[];
  units: PackageOrgUnit[];
  /** tasks.json; absent from packages made before tasks existed and from plan workbooks. */
  tasks?: PackageTask[];
  observationSets: (ObservationsFile & { file: string })[];
}
