/**
 * Checks of what people type into the project library, each refused with a reason in Chinese and
 * English (docs/projects.md §7). Checks that can fail together are collected, so one answer lists
 * every problem of a form.
 */

import { DomainError } from '../../contracts/domain-error';
import type { InputIssue } from '../../contracts/issue';
import { isIsoDate, officeToday } from '../../contracts/office-calendar';
import {
  chainNames,
  describeCodes,
  industryChains,
  investorNames,
  investorTypes,
  natureNames,
  problemCategories,
  problemCategoryNames,
  projectNatures,
} from '../../core/project-codes';
import { projectStages, stageNames } from '../../core/project-stage';
import { type OrgUnit, OrgUnitRepository } from '../../db/repositories/org-unit-repository';
import type { ServiceContext } from '../context';

export function issue(field: string, code: string, zh: string, en: string): InputIssue {
  return { file: 'body', item: null, field, code, severity: 'error', message: { zh, en } };
}

/** Throws the issues found, if any: one issue under its own code, several as `project_invalid`. */
export function throwIssues(issues: readonly InputIssue[]): void {
  const [first] = issues;
  if (first === undefined) return;
  if (issues.length === 1) throw new DomainError(first.code, first.message, issues);
  throw new DomainError(
    'project_invalid',
    { zh: `输入有${issues.length}处错误,请逐项修改`, en: `the input has ${issues.length} errors; see each` },
    issues,
  );
}

/** A date field: YYYY-MM-DD and a real calendar day. */
export function checkDate(issues: InputIssue[], field: string, value: string | null | undefined): void {
  if (value === null || value === undefined) return;
  if (!isIsoDate(value)) {
    issues.push(
      issue(
        field,
        'bad_date',
        `日期「${value}」无效,应为 YYYY-MM-DD(如 2024-09-30)`,
        `"${value}" is not a date; use YYYY-MM-DD (e.g. 2024-09-30)`,
      ),
    );
  }
}

/** A date of something that happened: not after today (office time). */
export function checkPastDate(
  ctx: ServiceContext,
  issues: InputIssue[],
  field: string,
  value: string | null | undefined,
): void {
  if (value === null || value === undefined || !isIsoDate(value)) return;
  const today = officeToday(ctx.clock);
  if (value > today) {
    issues.push(
      issue(
        field,
        'date_in_future',
        `${value} 晚于今天(${today}),实际发生的日期不能是将来`,
        `${value} is after today (${today}); what happened cannot be dated in the future`,
      ),
    );
  }
}

function codeCheck(
  issues: InputIssue[],
  field: string,
  value: string | null | undefined,
  allowed: readonly string[],
  names: Parameters<typeof describeCodes>[0],
  what: { zh: string; en: string; code: string },
): void {
  if (value === null || value === undefined || allowed.includes(value)) return;
  const list = describeCodes(names);
  issues.push(
    issue(
      field,
      what.code,
      `未知的${what.zh}「${value}」,应为:${list.zh}`,
      `unknown ${what.en} "${value}"; use one of: ${list.en}`,
    ),
  );
}

export const checkStage = (issues: InputIssue[], field: string, value: string | null | undefined) =>
  codeCheck(issues, field, value, projectStages, stageNames, {
    zh: '阶段',
    en: 'stage',
    code: 'unknown_stage',
  });
export const checkChain = (issues: InputIssue[], field: string, value: string | null | undefined) =>
  codeCheck(issues, field, value, industryChains, chainNames, {
    zh: '产业链',
    en: 'industry chain',
    code: 'unknown_chain',
  });
export const checkNature = (issues: InputIssue[], field: string, value: string | null | undefined) =>
  codeCheck(issues, field, value, projectNatures, natureNames, {
    zh: '建设性质',
    en: 'construction type',
    code: 'unknown_nature',
  });
export const checkInvestor = (issues: InputIssue[], field: string, value: string | null | undefined) =>
  codeCheck(issues, field, value, investorTypes, investorNames, {
    zh: '投资主体',
    en: 'investor type',
    code: 'unknown_investor',
  });
export const checkCategory = (issues: InputIssue[], field: string, value: string | null | undefined) =>
  codeCheck(issues, field, value, problemCategories, problemCategoryNames, {
    zh: '问题类别',
    en: 'problem category',
    code: 'unknown_category',
  });

/** An amount in 万元: finite, not negative, below 10^12. */
export function checkAmount(issues: InputIssue[], field: string, value: number | null | undefined): void {
  if (value === null || value === undefined) return;
  if (!Number.isFinite(value) || value < 0 || value > 1e12) {
    issues.push(
      issue(
        field,
        'bad_amount',
        `金额「${value}」无效,应为不小于0的万元数`,
        `"${value}" is not a valid amount; give 万元, zero or more`,
      ),
    );
  }
}

/**
 * Resolves a unit code to an active unit; `kind` narrows it (a park must be a 园区). Pushes an issue
 * and returns null when the code names no such unit.
 */
export async function resolveUnit(
  ctx: ServiceContext,
  issues: InputIssue[],
  field: string,
  code: string | null | undefined,
  kind?: OrgUnit['kind'],
): Promise<OrgUnit | null> {
  if (code === null || code === undefined) return null;
  const unit = await new OrgUnitRepository(ctx.database.db, ctx.tenantId).findByCode(code);
  if (!unit?.active) {
    issues.push(
      issue(
        field,
        'unknown_unit',
        `单位「${code}」不存在或已停用`,
        `unit "${code}" does not exist or is inactive`,
      ),
    );
    return null;
  }
  if (kind !== undefined && unit.kind !== kind) {
    issues.push(
      issue(
        field,
        'not_a_park',
        `「${unit.name}」不是园区,所属园区须为园区单位`,
        `"${unit.code}" is not a park; the park must be a park unit`,
      ),
    );
    return null;
  }
  return unit;
}

/** Free text that must say something: a reason, a description, an answer. */
export function checkText(
  issues: InputIssue[],
  field: string,
  value: string | null | undefined,
  what: { zh: string; en: string; code: string },
): void {
  if (!value?.trim()) issues.push(issue(field, what.code, `请填写${what.zh}`, `give ${what.en}`));
}
