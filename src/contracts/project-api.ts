/**
 * Request bodies and queries of the project-library API (docs/projects.md §8), shared by the server
 * and the web app. Codes are checked here with a message in both languages; the services check them
 * again, with the same wording, for callers that are not HTTP.
 */
import { z } from 'zod';
import { industryChains, investorTypes, problemCategories, projectNatures } from '../core/project-codes';
import { projectStages } from '../core/project-stage';
import { bilingualSchema, codeSchema, isoDateSchema, keyedObject, planParams } from './common-api';
import { codeText, freeText, nameText } from './text';

const bilingual = (zh: string, en: string) => ({ error: `${zh} / ${en}` });

export { isoDateSchema };
/** A day, or a period standing for its last day (2024, 2024-Q3, 2024-09). */
export const asOfSchema = codeText().regex(
  /^\d{4}(-Q[1-4]|-\d{2}(-\d{2})?)?$/,
  '评估日期应为 YYYY-MM-DD 或期间 2024、2024-Q3、2024-09 / use YYYY-MM-DD or a period',
);
export const monthSchema = codeText().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份应为 YYYY-MM / use YYYY-MM');

export const projectCodeSchema = codeSchema;
const unitCode = codeText().max(64);
/** 万元: not negative, below 10^12. */
const amount = z.number().finite().min(0, '金额不能为负 / an amount cannot be negative').max(1e12);
const version = z.number().int().min(1).max(1_000_000_000);
// contracts/text.ts says what each refuses: names are one line, notes and reasons may have several.
const name = (max: number) => nameText().max(max);
const requiredName = (max: number) => nameText().min(1).max(max);
const text = (max: number) => freeText().max(max);
const required = (max: number) => freeText().min(1).max(max);

export const stageSchema = z.enum(
  projectStages,
  bilingual(`阶段应为 ${projectStages.join('、')}`, `stage must be one of ${projectStages.join(', ')}`),
);
export const chainSchema = z.enum(
  industryChains,
  bilingual(`产业链应为 ${industryChains.join('、')}`, `chain must be one of ${industryChains.join(', ')}`),
);
export const natureSchema = z.enum(
  projectNatures,
  bilingual(
    `建设性质应为 ${projectNatures.join('、')}`,
    `nature must be one of ${projectNatures.join(', ')}`,
  ),
);
export const investorSchema = z.enum(
  investorTypes,
  bilingual(
    `投资主体应为 ${investorTypes.join('、')}`,
    `investor must be one of ${investorTypes.join(', ')}`,
  ),
);
export const problemCategorySchema = z.enum(
  problemCategories,
  bilingual(
    `问题类别应为 ${problemCategories.join('、')}`,
    `category must be one of ${problemCategories.join(', ')}`,
  ),
);

/** The attributes a person sets on a project; null clears one. */
export const projectAttributesSchema = z.object({
  name: requiredName(200).optional(),
  column: projectCodeSchema.nullable().optional(),
  chapter: projectCodeSchema.nullable().optional(),
  responsibleUnit: unitCode.nullable().optional(),
  leader: name(100).nullable().optional(),
  park: unitCode.nullable().optional(),
  chain: chainSchema.nullable().optional(),
  owner: name(200).nullable().optional(),
  nature: natureSchema.nullable().optional(),
  investor: investorSchema.nullable().optional(),
  totalInvestment: amount.nullable().optional(),
  plannedStart: isoDateSchema.nullable().optional(),
  plannedFinish: isoDateSchema.nullable().optional(),
});

export const newProjectSchema = projectAttributesSchema.extend({
  code: projectCodeSchema.optional(),
  name: requiredName(200),
  stage: stageSchema.optional(),
  stageSince: isoDateSchema.optional(),
  reason: text(2000).optional(),
});
export type NewProjectBody = z.infer<typeof newProjectSchema>;

export const projectChangeSchema = projectAttributesSchema.extend({
  version,
  reason: required(2000),
});

export const stageMoveSchema = z.object({
  stage: stageSchema,
  on: isoDateSchema,
  reason: text(2000).nullable().optional(),
  version,
});

export const annualPlanSchema = z.object({ value: amount, reason: required(2000) });

export const investmentEntrySchema = z.object({
  period: monthSchema,
  value: amount,
  progress: text(20_000).nullable().optional(),
  reason: required(2000),
  expectedRevision: z.number().int().min(0).max(1_000_000_000),
});

export const milestoneSchema = z.object({
  name: requiredName(200),
  plannedOn: isoDateSchema,
  unit: unitCode.nullable().optional(),
  note: text(2000).nullable().optional(),
});

export const milestoneChangeSchema = z.object({
  version,
  reason: required(2000),
  name: requiredName(200).optional(),
  plannedOn: isoDateSchema.optional(),
  actualOn: isoDateSchema.nullable().optional(),
  unit: unitCode.nullable().optional(),
  note: text(2000).nullable().optional(),
});

export const milestoneCompleteSchema = z.object({
  version,
  actualOn: isoDateSchema,
  note: text(2000).nullable().optional(),
});

export const problemSchema = z.object({
  category: problemCategorySchema,
  description: required(5000),
});

export const problemAssignSchema = z.object({
  version,
  unit: unitCode,
  dueOn: isoDateSchema,
  note: text(2000).nullable().optional(),
});

export const problemRespondSchema = z.object({ version, text: required(5000) });
export const problemCloseSchema = z.object({ version, note: required(5000) });

const margin = z.coerce.number().min(0).max(100).optional();

export const projectViewQuery = z.object({ asOf: asOfSchema.optional(), margin });

export const projectListQuery = z.object({
  asOf: asOfSchema.optional(),
  stage: stageSchema.optional(),
  column: projectCodeSchema.optional(),
  chain: chainSchema.optional(),
  park: unitCode.optional(),
  unit: unitCode.optional(),
  origin: z.enum(['plan', 'added']).optional(),
  q: name(100).optional(),
});

export const problemListQuery = z.object({
  asOf: asOfSchema.optional(),
  status: z.enum(['open', 'closed']).optional(),
  light: z.enum(['green', 'yellow', 'red']).optional(),
  unit: unitCode.optional(),
  project: projectCodeSchema.optional(),
});

// Responses of the project library.

const int = z.number().int();
const batchSchema = z.enum(['planning', 'reserve', 'construction', 'built']);
export const unitRefSchema = z.object({ code: codeText(), name: nameText() });
export type UnitRef = z.infer<typeof unitRefSchema>;
const ytdValueSchema = z.object({ period: codeText(), value: z.number() });

export const annualCompletionSchema = z.object({
  year: int,
  month: int,
  planned: z.number(),
  completed: z.number(),
  completionPercent: z.number(),
  timeElapsedPercent: z.number(),
  gapPoints: z.number(),
  pace: z.enum(['ahead', 'on_pace', 'behind']),
  explanation: bilingualSchema,
});
export type AnnualCompletion = z.infer<typeof annualCompletionSchema>;
export type InvestmentPace = AnnualCompletion['pace'];

export const projectViewSchema = z
  .object({
    code: codeText(),
    name: nameText(),
    origin: z.enum(['plan', 'added']),
    column: codeText().nullable(),
    columnTitle: nameText().nullable(),
    programme: codeText().nullable(),
    chapter: codeText().nullable(),
    chapterTitle: nameText().nullable(),
    responsibleUnit: unitRefSchema.nullable(),
    coUnits: z.array(unitRefSchema),
    leader: nameText().nullable(),
    park: unitRefSchema.nullable(),
    chain: chainSchema.nullable(),
    owner: nameText().nullable(),
    nature: natureSchema.nullable(),
    investor: investorSchema.nullable(),
    totalInvestment: z.number().nullable(),
    plannedStart: freeText().nullable(),
    plannedFinish: freeText().nullable(),
    stage: stageSchema,
    stageName: bilingualSchema,
    stageSince: freeText().nullable(),
    actualStart: freeText().nullable(),
    actualFinish: freeText().nullable(),
    investment: z.object({
      year: int,
      annualPlan: z.number().nullable(),
      ytd: ytdValueSchema.nullable(),
      completion: annualCompletionSchema.nullable(),
      completedToDate: z.number(),
      shareOfTotalPercent: z.number().nullable(),
    }),
    version: int,
    updatedAt: codeText().nullable(),
  })
  .meta({ id: 'ProjectView' });
export type ProjectView = z.infer<typeof projectViewSchema>;
export const projectListSchema = z.object({
  asOf: codeText(),
  total: int,
  projects: z.array(projectViewSchema),
});
export type ProjectList = z.infer<typeof projectListSchema>;

export const projectWarningSchema = z.object({
  type: z.enum(['project_behind_pace', 'project_start_overdue', 'milestone_overdue', 'problem_overdue']),
  level: z.enum(['red', 'yellow']),
  subject: codeText(),
  ref: int.nullable(),
  reason: bilingualSchema,
  since: codeText(),
});
export type ProjectWarning = z.infer<typeof projectWarningSchema>;
export const projectWarningListSchema = z.object({
  asOf: codeText(),
  marginPoints: z.number(),
  warnings: z.array(projectWarningSchema),
});
export type ProjectWarningList = z.infer<typeof projectWarningListSchema>;

export const milestoneViewSchema = z
  .object({
    id: int,
    project: codeText(),
    name: nameText(),
    plannedOn: freeText(),
    actualOn: freeText().nullable(),
    unit: unitRefSchema.nullable(),
    note: freeText().nullable(),
    overdue: z.boolean(),
    daysOverdue: int.nullable(),
    version: int,
    updatedAt: codeText(),
  })
  .meta({ id: 'Milestone' });
export type MilestoneView = z.infer<typeof milestoneViewSchema>;

export const problemLightSchema = z.enum(['green', 'yellow', 'red']);
export type ProblemLight = z.infer<typeof problemLightSchema>;
export const problemViewSchema = z
  .object({
    id: int,
    project: codeText(),
    projectName: freeText(),
    category: problemCategorySchema,
    categoryName: bilingualSchema,
    description: freeText(),
    raisedUnit: unitRefSchema.nullable(),
    raisedOn: freeText(),
    assignedUnit: unitRefSchema.nullable(),
    dueOn: codeText().nullable(),
    status: z.enum(['open', 'assigned', 'responded', 'closed']),
    closedOn: freeText().nullable(),
    light: problemLightSchema,
    lightReason: bilingualSchema,
    version: int,
  })
  .meta({ id: 'ProblemView' });
export type ProblemView = z.infer<typeof problemViewSchema>;
export const problemEventSchema = z.object({
  action: z.enum(['raise', 'assign', 'respond', 'close']),
  text: freeText().nullable(),
  unit: unitRefSchema.nullable(),
  dueOn: codeText().nullable(),
  onDate: freeText(),
  actor: freeText().nullable(),
  at: codeText(),
});
export type ProblemEventView = z.infer<typeof problemEventSchema>;
export const problemDetailSchema = problemViewSchema
  .extend({ events: z.array(problemEventSchema) })
  .meta({ id: 'ProblemDetail' });
export type ProblemDetail = z.infer<typeof problemDetailSchema>;
export const problemListSchema = z.object({ asOf: codeText(), problems: z.array(problemViewSchema) });

export const investmentEntrySchemaOut = z
  .object({
    id: int,
    projectCode: freeText(),
    period: codeText(),
    value: z.number(),
    progress: freeText().nullable(),
    revision: int,
    source: nameText().nullable(),
    reason: freeText().nullable(),
    reportId: int.nullable(),
    createdBy: int.nullable(),
    createdAt: codeText(),
  })
  .meta({ id: 'InvestmentEntry' });
export const annualPlanRevisionSchema = z
  .object({
    id: int,
    projectCode: freeText(),
    year: int,
    value: z.number(),
    reason: freeText(),
    createdBy: int.nullable(),
    createdAt: codeText(),
  })
  .meta({ id: 'AnnualPlanRevision' });

export const projectDetailSchema = projectViewSchema
  .extend({
    asOf: codeText(),
    stageHistory: z.array(
      z.object({
        id: int,
        projectCode: freeText(),
        fromStage: freeText().nullable(),
        toStage: freeText(),
        movedOn: freeText(),
        kind: z.enum(['created', 'next', 'skip', 'back']),
        reason: freeText().nullable(),
        createdBy: int.nullable(),
        createdAt: codeText(),
        createdByName: freeText().nullable(),
      }),
    ),
    annualPlans: z.array(annualPlanRevisionSchema.extend({ current: z.boolean() })),
    investmentLedger: z.array(
      investmentEntrySchemaOut.extend({ current: z.boolean(), createdByName: freeText().nullable() }),
    ),
    milestones: z.array(milestoneViewSchema),
    problems: z.array(problemViewSchema),
    warnings: z.array(projectWarningSchema),
  })
  .meta({ id: 'ProjectDetail' });
export type ProjectDetail = z.infer<typeof projectDetailSchema>;

export const projectRevisionSchema = z.object({
  id: int,
  projectCode: freeText(),
  version: int,
  snapshot: z.record(freeText(), z.unknown()),
  reason: freeText(),
  createdBy: int.nullable(),
  createdAt: codeText(),
  createdByName: freeText().nullable(),
});
export type ProjectRevisionView = z.infer<typeof projectRevisionSchema>;
export const projectRevisionListSchema = z.array(projectRevisionSchema);

const codeName = z.object({ code: codeText(), zh: freeText(), en: freeText() });
export const projectCodeListsSchema = z
  .object({
    stages: z.array(codeName.extend({ code: stageSchema, batch: batchSchema })),
    batches: z.array(codeName),
    chains: z.array(codeName),
    natures: z.array(codeName),
    investors: z.array(codeName),
    problemCategories: z.array(codeName),
  })
  .meta({ id: 'ProjectCodeLists' });
export type ProjectCodeLists = z.infer<typeof projectCodeListsSchema>;

const cell = { count: int, investment: z.number(), withoutInvestment: int };
const pipelineGroupSchema = z.object({
  ...cell,
  key: codeText().nullable(),
  name: bilingualSchema,
  byStage: keyedObject(projectStages, int),
});
export type PipelineGroup = z.infer<typeof pipelineGroupSchema>;
export const pipelineSchema = z
  .object({
    asOf: codeText(),
    total: z.object(cell),
    byStage: z.array(z.object({ ...cell, stage: stageSchema, name: bilingualSchema, batch: batchSchema })),
    batches: z.array(
      z.object({ ...cell, batch: batchSchema, name: bilingualSchema, stages: z.array(stageSchema) }),
    ),
    byColumn: z.array(pipelineGroupSchema),
    byChain: z.array(pipelineGroupSchema),
    byPark: z.array(pipelineGroupSchema),
  })
  .meta({ id: 'Pipeline' });
export type Pipeline = z.infer<typeof pipelineSchema>;

const stuckSchema = z.object({
  code: codeText(),
  name: nameText(),
  stage: stageSchema,
  stageName: bilingualSchema,
  level: z.enum(['red', 'yellow']),
  reasons: z.array(bilingualSchema),
});
export type StuckProject = z.infer<typeof stuckSchema>;
const columnInvestmentSchema = z.object({
  column: codeText(),
  number: int,
  title: nameText(),
  stated: z.object({ value: z.number(), unit: codeText(), text: freeText() }).nullable(),
  statedWan: z.number().nullable(),
  projects: int,
  projectsTotal: z.number(),
  withoutInvestment: int,
  projectsShareOfStatedPercent: z.number().nullable(),
  completedToDate: z.number(),
  completedShareOfStatedPercent: z.number().nullable(),
});
export type ColumnInvestment = z.infer<typeof columnInvestmentSchema>;
export const projectsSummarySchema = z
  .object({
    asOf: codeText(),
    year: int,
    counts: z.object({
      total: int,
      byStage: z.array(
        z.object({ stage: stageSchema, name: bilingualSchema, count: int, investment: z.number() }),
      ),
      batches: z.array(
        z.object({ batch: batchSchema, name: bilingualSchema, count: int, investment: z.number() }),
      ),
    }),
    investment: z.object({
      unit: z.literal('万元'),
      total: z.number(),
      plannedThisYear: z.number(),
      completedThisYear: z.number(),
      month: int.nullable(),
      completion: annualCompletionSchema.nullable(),
      completedToDate: z.number(),
    }),
    startRate: z.object({
      year: int,
      planned: int,
      started: int,
      ratePercent: z.number().nullable(),
      due: int,
      startedUnplanned: int,
      explanation: bilingualSchema,
    }),
    warnings: z.object({ red: int, yellow: int }),
    stuck: z.array(stuckSchema),
    columns: z.array(columnInvestmentSchema),
  })
  .meta({ id: 'ProjectsSummary' });
export type ProjectsSummary = z.infer<typeof projectsSummarySchema>;

export const projectParams = planParams.extend({ code: projectCodeSchema });
export const annualPlanParams = projectParams.extend({ year: z.coerce.number().int().min(2000).max(2100) });
export const problemQuery = projectViewQuery.pick({ asOf: true });

export type ProjectStage = z.infer<typeof stageSchema>;
export type StageBatch = z.infer<typeof batchSchema>;
export type IndustryChain = z.infer<typeof chainSchema>;
export type ProjectNature = z.infer<typeof natureSchema>;
export type InvestorType = z.infer<typeof investorSchema>;
export type ProblemCategory = z.infer<typeof problemCategorySchema>;
