/**
 * `lantu eval`: evaluates one JSON line at a time, so one malformed line never stops the others.
 * Errors name the line number and the field.
 */
import type { z } from 'zod';
import { type CnLine, cnLineSchema, type SdgLine, sdgLineSchema } from '../../contracts/eval-lines';
import type { Bilingual } from '../../contracts/issue';
import { formatPath } from '../../contracts/zod-issues';
import { evaluateIndicator, sdgSeriesProgress } from '../../core';
import type { IndicatorSpec } from '../../core/model';
import { defaultEvaluationSettings } from '../../core/model';
import { parsePeriod } from '../../core/period';
import { basisChangeProblem, formProblem, publicationProblem } from '../../io/importers/target-form-rules';

export type EvalMethod = 'sdg' | 'cn';

export interface EvalLineError {
  line: number;
  id?: string;
  error: { code: string; field: string | null; message: Bilingual };
}

export type EvalLineResult = Record<string, unknown> | EvalLineError;

export interface EvalLineOptions {
  /** `--data-as-of`: only observations published by this date, for every line. */
  dataAsOf?: string;
}

export function evaluateLine(
  method: EvalMethod,
  text: string,
  lineNo: number,
  options: EvalLineOptions = {},
): EvalLineResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      line: lineNo,
      error: {
        code: 'json_syntax',
        field: null,
        message: {
          zh: `第 ${lineNo} 行不是合法的 JSON:${detail}`,
          en: `line ${lineNo} is not valid JSON: ${detail}`,
        },
      },
    };
  }
  const schema: z.ZodType<SdgLine | CnLine> = method === 'sdg' ? sdgLineSchema : cnLineSchema;
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue ? formatPath(issue.path) : null;
    const id = typeof (json as { id?: unknown })?.id === 'string' ? (json as { id: string }).id : undefined;
    const fields = parsed.error.issues
      .map((i) => `${formatPath(i.path) || '(root)'}: ${i.message}`)
      .join('; ');
    return {
      line: lineNo,
      ...(id === undefined ? {} : { id }),
      error: {
        code: 'invalid_line',
        field,
        message: {
          zh: `第 ${lineNo} 行字段无效:${fields}`,
          en: `line ${lineNo} has invalid fields: ${fields}`,
        },
      },
    };
  }
  return method === 'sdg'
    ? evaluateSdgLine(parsed.data as SdgLine)
    : evaluateCnLine(parsed.data as CnLine, lineNo, options);
}

function evaluateSdgLine(line: SdgLine): Record<string, unknown> {
  const result = sdgSeriesProgress({
    base: line.base,
    current: line.current,
    target: line.target,
    direction: line.direction,
    limit: line.limit,
    ...(line.thresholds ? { thresholds: line.thresholds } : {}),
  });
  return { id: line.id, status: result.status, progressValue: result.progressValue, score: result.score };
}

function toSpec(def: CnLine['indicator']): IndicatorSpec {
  return {
    code: def.code,
    name: def.name,
    unit: def.unit,
    kind: def.kind,
    attribute: def.attribute,
    direction: def.direction,
    baseline: def.baseline,
    target: def.target && { ...def.target, text: def.target.text ?? String(def.target.value ?? '') },
    annualGrowth: def.annualGrowth,
    annualTargets: def.annualTargets,
    relatedTo: null,
    basisChanges: def.basisChanges.flatMap((c) =>
      c.restatedBaseline === undefined
        ? []
        : [{ year: c.year, restatedBaseline: c.restatedBaseline, note: c.note }],
    ),
  };
}

/** Rules that need more than one field of a line, each naming the field (the same as the package rules). */
function lineProblem(
  line: CnLine,
  baseYear: number,
  targetYear: number,
): { field: string; message: Bilingual } | null {
  const ind = line.indicator;
  if (ind.kind === 'relative' && line.related === undefined) {
    return {
      field: 'related',
      message: {
        zh: `指标 ${ind.code} 是挂钩类(relative),缺少对比序列 related`,
        en: `indicator ${ind.code} is relative but has no related series`,
      },
    };
  }
  const form = formProblem(ind.code, ind.target?.form, ind.kind);
  if (form !== null) return { field: 'indicator.target.form', message: form };
  if (ind.target?.relation !== undefined && ind.kind !== 'relative') {
    return {
      field: 'indicator.target.relation',
      message: {
        zh: `指标 ${ind.code} 不是挂钩类(relative),不能有 relation`,
        en: `indicator ${ind.code} is not relative and cannot have a relation`,
      },
    };
  }
  for (const [i, t] of ind.annualTargets.entries()) {
    if (t.year <= baseYear || t.year > targetYear) {
      return {
        field: `indicator.annualTargets[${i}].year`,
        message: {
          zh: `指标 ${ind.code} 的年度目标年份 ${t.year} 不在规划期 ${baseYear + 1}–${targetYear} 内`,
          en: `indicator ${ind.code}: annual target year ${t.year} is outside the plan period ${baseYear + 1}–${targetYear}`,
        },
      };
    }
  }
  for (const [i, c] of ind.basisChanges.entries()) {
    const problem = basisChangeProblem(ind.code, ind.baseline !== null, c);
    if (problem !== null) return { field: `indicator.basisChanges[${i}].restatedBaseline`, message: problem };
  }
  const series = [
    { at: 'observations', list: line.observations },
    { at: 'related.observations', list: line.related?.observations ?? [] },
  ];
  for (const { at, list } of series) {
    for (const [i, o] of list.entries()) {
      if (o.published === undefined) continue;
      const problem = publicationProblem(ind.code, o.period, o.published);
      if (problem !== null) return { field: `${at}[${i}].published`, message: problem };
    }
  }
  return null;
}

function evaluateCnLine(line: CnLine, lineNo: number, options: EvalLineOptions): EvalLineResult {
  const baseYear = line.baseYear ?? line.indicator.baseline?.year;
  const targetYear = line.targetYear ?? line.indicator.target?.year;
  if (baseYear === undefined || targetYear === undefined || !parsePeriod(line.asOf)) {
    return {
      line: lineNo,
      id: line.id,
      error: {
        code: 'invalid_line',
        field: baseYear === undefined ? 'baseYear' : 'targetYear',
        message: {
          zh: `第 ${lineNo} 行缺少基期年或目标年(baseYear/targetYear,或指标的 baseline/target)`,
          en: `line ${lineNo} lacks a base or target year (baseYear/targetYear, or the indicator's baseline/target)`,
        },
      },
    };
  }
  const problem = lineProblem(line, baseYear, targetYear);
  if (problem !== null) {
    return {
      line: lineNo,
      id: line.id,
      error: {
        code: 'invalid_line',
        field: problem.field,
        message: {
          zh: `第 ${lineNo} 行 ${problem.field}:${problem.message.zh}`,
          en: `line ${lineNo} ${problem.field}: ${problem.message.en}`,
        },
      },
    };
  }
  const result = evaluateIndicator({
    spec: toSpec(line.indicator),
    observations: line.observations,
    asOf: line.asOf,
    baseYear,
    targetYear,
    settings: { ...defaultEvaluationSettings, ...line.settings },
    dataAsOf: options.dataAsOf ?? line.dataAsOf ?? null,
    ...(line.related
      ? { related: { spec: toSpec(line.related.indicator), observations: line.related.observations } }
      : {}),
  });
  return {
    id: line.id,
    status: result.status,
    ratio: result.ratio,
    expected: result.expected,
    actual: result.actual,
    actualPeriod: result.actualPeriod,
    timeElapsed: result.timeElapsed,
    projection: result.trend.projection,
    requiredPace: result.trend.requiredPace,
    trend: result.trend.verdict,
    flags: result.flags,
    explanation: result.explanation,
    officialCategory: result.officialCategory,
    finalVerdict: result.finalVerdict,
    years: result.years,
    breaches: result.breaches,
    aspiration: result.aspiration,
    notes: result.notes,
    dataAsOf: result.dataAsOf,
  };
}
