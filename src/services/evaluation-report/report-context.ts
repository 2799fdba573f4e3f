/**
 * What every section builder shares: the input, the results by code, the indicators by category in
 * plan order, and the running numbers of tables and figures (表1, 表2 … 图1, 图2 …).
 */
import type { PackageIndicator } from '../../contracts/plan-package';
import type { IndicatorEvaluation } from '../../core/evaluation-result';
import type { EvaluationSettings } from '../../core/model';
import type { ReportInput, ReportLang } from '../../io/report-model/report-input';
import { planSettings } from '../plans/plan-to-core';

export interface ReportContext {
  input: ReportInput;
  lang: ReportLang;
  settings: EvaluationSettings;
  /** The core's result of each indicator; an indicator without one is left out of the report. */
  resultOf: ReadonlyMap<string, IndicatorEvaluation>;
  /** Categories in the plan's order, each with its indicators in package order (table 1 first). */
  categories: { code: string; name: string; indicators: PackageIndicator[] }[];
  nextTable: () => number;
  nextFigure: () => number;
}

export function reportContext(input: ReportInput): ReportContext {
  const resultOf = new Map(input.evaluation.results.map((r) => [r.code, r]));
  const evaluated = input.indicators.filter((i) => resultOf.has(i.code));
  let tables = 0;
  let figures = 0;
  return {
    input,
    lang: input.lang,
    settings: planSettings(input.meta),
    resultOf,
    categories: input.categories.map((c) => ({
      code: c.code,
      name: input.lang === 'zh' ? c.name : c.nameEn,
      indicators: tableFirst(evaluated.filter((i) => i.category === c.code)),
    })),
    nextTable: () => {
      tables += 1;
      return tables;
    },
    nextFigure: () => {
      figures += 1;
      return figures;
    },
  };
}

/** Table-1 rows first, then the prose targets, each in package order (which is the plan's order). */
function tableFirst(list: PackageIndicator[]): PackageIndicator[] {
  return [...list.filter((i) => i.source === 'table1'), ...list.filter((i) => i.source !== 'table1')];
}

/** The result of an indicator that is in the context (guaranteed by reportContext's filter). */
export function resultFor(ctx: ReportContext, code: string): IndicatorEvaluation {
  const r = ctx.resultOf.get(code);
  if (r === undefined) throw new Error(`no evaluation result for indicator ${code}`);
  return r;
}
