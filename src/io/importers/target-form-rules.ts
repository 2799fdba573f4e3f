/**
 * The checks of issue 16's target forms that the plan package rules and `lantu eval` share, each a
 * bilingual message naming the indicator (the caller names the file and field).
 */
import type { Bilingual } from '../../contracts/issue';
import { publishedBeforePeriodEnds } from '../../core/data-vintage';
import type { IndicatorKind, TargetForm } from '../../core/model';
import { parsePeriod } from '../../core/period';

export function basisChangeProblem(
  code: string,
  hasBaseline: boolean,
  change: { year: number; restatedBaseline?: number | undefined },
): Bilingual | null {
  if (change.restatedBaseline === undefined) {
    return {
      zh: `指标 ${code} 记录了 ${change.year} 年口径调整,但没有按新口径重算的基数(restatedBaseline)`,
      en: `indicator ${code} records a basis change in ${change.year} without a restated baseline (restatedBaseline)`,
    };
  }
  if (!hasBaseline) {
    return {
      zh: `指标 ${code} 没有基数,无法记录基数重算`,
      en: `indicator ${code} has no baseline to restate`,
    };
  }
  return null;
}

export function publicationProblem(code: string, period: string, published: string): Bilingual | null {
  const p = parsePeriod(period);
  if (p === null || !publishedBeforePeriodEnds(p, published)) return null;
  return {
    zh: `指标 ${code} 的 ${period} 数据发布日期 ${published} 早于该期间结束`,
    en: `indicator ${code}: the ${period} figure is dated ${published}, before the period ends`,
  };
}

const formKinds: Record<TargetForm, readonly IndicatorKind[] | null> = {
  reach: null,
  hold: ['level_linear', 'threshold'],
  yearly: ['rate'],
  chained: ['cumulative'],
};

export function formProblem(
  code: string,
  form: TargetForm | undefined,
  kind: IndicatorKind,
): Bilingual | null {
  if (form === undefined) return null;
  const kinds = formKinds[form];
  if (kinds === null || kinds.includes(kind)) return null;
  return {
    zh: `指标 ${code} 的目标形式 ${form} 只适用于 ${kinds.join('、')} 类型,而该指标为 ${kind}`,
    en: `indicator ${code}: target form ${form} applies to ${kinds.join(', ')} only, not ${kind}`,
  };
}
