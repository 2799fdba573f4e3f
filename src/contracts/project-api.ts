/**
 * Request bodies and queries of the project-library API (docs/projects.md §8), shared by the server
 * and the web app. Codes are checked here with a message in both languages; the services check them
 * again, with the same wording, for callers that are not HTTP.
 */
import { z } from 'zod';
import { industryChains, investorTypes, problemCategories, projectNatures } from '../core/project-codes';
import { projectStages } from '../core/project-stage';
import { codeText, freeText, nameText } from './text';

const bilingual = (zh: string, en: string) => ({ error: `${zh} / ${en}` });

export const isoDateSchema = codeText().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD / use YYYY-MM-DD');
/** A day, or a period standing for its last day (2024, 2024-Q3, 2024-09). */
export const asOfSchema = codeText().regex(
  /^\d{4}(-Q[1-4]|-\d{2}(-\d{2})?)?$/,
  '评估日期应为 YYYY-MM-DD 或期间 2024、2024-Q3、2024-09 / use YYYY-MM-DD or a period',
);
export const monthSchema = codeText().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份应为 YYYY-MM / use YYYY-MM');

export const projectCodeSchema = codeText()
  .max(64)
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
    '只能包含字母、数字、点、下划线和连字符 / letters, digits, . _ - only',
  );
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
