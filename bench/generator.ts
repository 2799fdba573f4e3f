/**
 * Deterministic synthetic portfolios for benchmarks: any number of zones (plans), each with N
 * indicators of the kinds a real plan has and, per indicator, 5 annual and 60 monthly observations.
 * Same seed, same portfolio — so figures compare across commits.
 */
import type { PlanIndicator } from '../src/core';
import type { IndicatorKind, Observation } from '../src/core/model';

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticPlan {
  code: string;
  indicators: PlanIndicator[];
  observations: Map<string, Observation[]>;
}

const kinds: IndicatorKind[] = ['level_compound', 'level_linear', 'rate', 'cumulative', 'threshold'];
const categories = ['economy', 'innovation', 'openness', 'livelihood', 'digital_green'];

function indicator(code: string, kind: IndicatorKind, rand: () => number, index: number): PlanIndicator {
  const base = 10 + Math.round(rand() * 900) / 10;
  const growth = 5 + Math.round(rand() * 100) / 10;
  const target = Math.round(base * (1 + growth / 100) ** 5 * 100) / 100;
  const percent = kind === 'rate';
  return {
    code,
    name: `指标${index + 1}`,
    unit: percent ? '%' : '亿元',
    kind,
    attribute: index % 7 === 0 ? 'binding' : 'expected',
    direction: 'increase',
    baseline: kind === 'rate' || kind === 'cumulative' ? null : { year: 2020, value: base },
    target: {
      year: 2025,
      value: kind === 'rate' ? growth : kind === 'cumulative' ? Math.round(base * 5) : target,
      comparator: 'ge',
      text: '',
    },
    annualGrowth: kind === 'level_compound' ? growth : null,
    annualTargets: [],
    relatedTo: null,
    category: categories[index % categories.length] ?? 'economy',
  };
}

function observations(ind: PlanIndicator, rand: () => number): Observation[] {
  const out: Observation[] = [];
  const pace = 0.8 + rand() * 0.4;
  const target = ind.target?.value ?? 100;
  const base = ind.baseline?.value ?? target / 2;
  for (let y = 2021; y <= 2025; y += 1) {
    const tau = (y - 2020) / 5;
    const value =
      ind.kind === 'rate'
        ? target * pace
        : ind.kind === 'cumulative'
          ? (target / 5) * pace
          : base + (target - base) * tau * pace;
    out.push({ period: String(y), measure: 'level', value: Math.round(value * 100) / 100 });
  }
  for (let y = 2021; y <= 2025; y += 1) {
    for (let m = 1; m <= 12; m += 1) {
      const period = `${y}-${String(m).padStart(2, '0')}`;
      out.push({ period, measure: 'ytd_yoy', value: Math.round((6 + rand() * 8) * 10) / 10 });
    }
  }
  return out;
}

export function generatePortfolio(options: {
  plans: number;
  indicatorsPerPlan: number;
  seed: number;
}): SyntheticPlan[] {
  const plans: SyntheticPlan[] = [];
  for (let p = 0; p < options.plans; p += 1) {
    const rand = mulberry32(options.seed * 100_003 + p);
    const indicators: PlanIndicator[] = [];
    const obs = new Map<string, Observation[]>();
    for (let i = 0; i < options.indicatorsPerPlan; i += 1) {
      const ind = indicator(`Z${p}-I${i}`, kinds[i % kinds.length] ?? 'level_linear', rand, i);
      indicators.push(ind);
      obs.set(ind.code, observations(ind, rand));
    }
    plans.push({ code: `zone-${String(p).padStart(4, '0')}`, indicators, observations: obs });
  }
  return plans;
}
