/**
 * Maps a plan package onto what the evaluation core needs. The only place where package fields
 * and core fields meet, so the two can evolve separately.
 */
import type { PackageIndicator, PlanPackage } from '../../contracts/plan-package';
import type { EvaluationSettings, IndicatorSpec, Observation } from '../../core/model';
import { defaultEvaluationSettings } from '../../core/model';
import { type DatasetChoice, layersFor, setsInPrecedence } from '../../core/observation-layers';

export function indicatorToSpec(
  ind: PackageIndicator,
  annualTargets: PlanPackage['annualTargets'],
): IndicatorSpec & { category: string } {
  return {
    code: ind.code,
    name: ind.name,
    unit: ind.unit,
    kind: ind.kind,
    attribute: ind.attribute,
    direction: ind.direction,
    baseline: ind.baseline,
    target: ind.target,
    basisChanges: (ind.basisChanges ?? []).flatMap((c) =>
      c.restatedBaseline === undefined
        ? []
        : [{ year: c.year, restatedBaseline: c.restatedBaseline, note: c.note }],
    ),
    annualGrowth: ind.annualGrowth,
    annualTargets: annualTargets
      .filter((a) => a.indicator === ind.code)
      .map((a) => ({
        year: a.year,
        value: a.value,
        ...(a.comparator === undefined ? {} : { comparator: a.comparator }),
        ...(a.text === undefined ? {} : { text: a.text }),
      }))
      .sort((a, b) => a.year - b.year),
    relatedTo: ind.relatedTo,
    category: ind.category,
  };
}

/**
 * Observations by indicator code from the chosen data sets, by the core's precedence rule: published
 * data win over demo data for the same indicator, period and measure.
 */
export function observationsByIndicator(
  plan: PlanPackage,
  dataset: DatasetChoice,
): Map<string, Observation[]> {
  const byKey = new Map<string, { code: string; obs: Observation }>();
  for (const set of setsInPrecedence(plan.observationSets, dataset)) {
    for (const o of set.observations) {
      byKey.set(`${o.indicator}|${o.period}|${o.measure}|${o.span ?? ''}|${o.published ?? ''}`, {
        code: o.indicator,
        obs: {
          period: o.period,
          measure: o.measure,
          value: o.value,
          ...(o.published === undefined ? {} : { published: o.published }),
          ...(o.vintage === undefined ? {} : { vintage: o.vintage }),
          ...(o.span === undefined ? {} : { span: o.span }),
          ...(o.source === undefined ? {} : { source: o.source }),
        },
      });
    }
  }
  const out = new Map<string, Observation[]>();
  for (const { code, obs } of byKey.values()) {
    const list = out.get(code) ?? [];
    list.push(obs);
    out.set(code, list);
  }
  return out;
}

export function planSettings(meta: PlanPackage['meta']): EvaluationSettings {
  return { ...defaultEvaluationSettings, ...meta.evaluation };
}

/** Which data sets a choice includes, so every output can say whether it shows demo data. */
export function datasetsUsed(plan: PlanPackage, dataset: DatasetChoice): PlanPackage['observationSets'] {
  const layers = layersFor(dataset);
  return plan.observationSets.filter((s) => layers.includes(s.dataset));
}
