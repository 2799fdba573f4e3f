/**
 * 示例数据(模拟): a deterministic generator of simulated observations for a plan package, so that
 * screens, reports and tests have something realistic to show before a zone enters real statistics.
 * Pure: the same indicators and seed always give the same observations, bit for bit (no Math.random,
 * no clock). Every file it feeds is labelled `dataset: "demo"`.
 */
import type { ObservationsFile, PackageIndicator, PackageObservation } from '../../contracts/plan-package';

/** How an indicator's simulated values move, as seen at the third year of the period (2023). */
export type DemoScenario = 'achieved' | 'ahead' | 'on_track' | 'behind' | 'regressing';

export interface DemoOptions {
  seed: number;
  /** First simulated year (2021 for a 14th-plan package). */
  fromYear: number;
  /** Last simulated year; monthly data are generated for this year. */
  toYear: number;
  /** Indicators that get monthly data in `toYear`: year-to-date levels, and monthly growth (yoy, ytd_yoy). */
  monthly?: { ytd: readonly string[]; growth: readonly string[] };
}

/** 一般公共预算收入 and 主导产业投资 get 1–N月累计值; 地区生产总值 gets 当月/累计同比. */
export const HEBI_MONTHLY: NonNullable<DemoOptions['monthly']> = { ytd: ['T04', 'T05'], growth: ['T01'] };
export const DEMO_SEED = 20220524;

/** Units whose values are whole counts. */
const COUNT_UNITS = new Set(['家', '个', '项', '位', '条', '所', '人', '张']);

/**
 * FNV-1a, 32 bit, with murmur3's final mix: a stable hash of a string, to key scenarios and PRNG
 * streams by indicator code. The final mix matters: codes differ only in their last characters.
 */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** mulberry32: a small seeded PRNG returning numbers in [0, 1). */
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

/** Indicators with a numeric target inside the simulated period; phrase targets, `relative`, `assigned` and 2035 targets are skipped. */
export function isDemoEligible(ind: PackageIndicator, toYear: number): boolean {
  return (
    ind.target !== null &&
    ind.target.value !== null &&
    ind.target.year <= toYear &&
    ind.kind !== 'relative' &&
    ind.kind !== 'assigned'
  );
}

function allows(ind: PackageIndicator, s: DemoScenario): boolean {
  if (s === 'regressing') {
    // cumulative totals and growth rates cannot move away from the target without negative values
    const levelKind =
      ind.kind === 'level_compound' || ind.kind === 'level_linear' || ind.kind === 'threshold';
    return levelKind && ind.target?.comparator !== 'approx';
  }
  // a growth rate has no end state to reach early; a compound level reaching its five-year target in
  // three years (GDP doubling) would not look like real data
  if (s === 'achieved') return ind.kind !== 'rate' && ind.kind !== 'level_compound';
  return true;
}

/**
 * Scenario per eligible indicator: a fixed mix (about 10 % achieved, 15 % ahead, 15 % behind, one or two
 * regressing, the rest on track) dealt in an order fixed by hashing seed and code. The first binding
 * indicator in that order is dealt `behind` first, so the demo always shows a red warning.
 */
export function assignDemoScenarios(
  indicators: readonly PackageIndicator[],
  seed: number,
  toYear: number,
): Map<string, DemoScenario> {
  const eligible = indicators
    .filter((i) => isDemoEligible(i, toYear))
    .sort(
      (a, b) =>
        hashString(`${seed}:${a.code}`) - hashString(`${seed}:${b.code}`) || (a.code < b.code ? -1 : 1),
    );
  const n = eligible.length;
  const quota: Record<Exclude<DemoScenario, 'on_track'>, number> = {
    regressing: Math.min(2, Math.max(1, Math.round(n * 0.03))),
    achieved: Math.round(n * 0.1),
    behind: Math.round(n * 0.15),
    ahead: Math.round(n * 0.15),
  };
  const out = new Map<string, DemoScenario>();
  const binding = eligible.find((i) => i.attribute === 'binding');
  if (binding && quota.behind > 0) {
    out.set(binding.code, 'behind');
    quota.behind--;
  }
  for (const s of ['regressing', 'achieved', 'behind', 'ahead'] as const) {
    for (const ind of eligible) {
      if (quota[s] === 0) break;
      if (!out.has(ind.code) && allows(ind, s)) {
        out.set(ind.code, s);
        quota[s]--;
      }
    }
  }
  for (const ind of eligible) if (!out.has(ind.code)) out.set(ind.code, 'on_track');
  return out;
}

/** Share p of the planned change reached at elapsed share τ: p/τ is the progress ratio r of evaluation.md. */
function progressShare(s: DemoScenario, tau: number, r: number): number {
  switch (s) {
    case 'achieved':
      return Math.min(1.8 * tau, 1.05 + 0.1 * tau);
    case 'regressing':
      return -r * tau;
    default:
      return r * tau;
  }
}

const RATIO: Record<DemoScenario, [number, number]> = {
  achieved: [1, 1],
  ahead: [1.12, 1.25],
  on_track: [0.98, 1.03],
  behind: [0.55, 0.8],
  regressing: [0.1, 0.25],
};

function roundFor(unit: string, v: number): number {
  if (COUNT_UNITS.has(unit)) return Math.round(v);
  if (unit.endsWith('%')) return Math.round(v * 10) / 10;
  return Math.round(v * 100) / 100;
}

function clampFor(unit: string, v: number): number {
  const nonNegative = Math.max(0, v);
  return unit.endsWith('%') ? Math.min(100, nonNegative) : nonNegative;
}

/** Annual values of one eligible indicator, fromYear..toYear, in the indicator's own terms. */
function annualValues(
  ind: PackageIndicator,
  s: DemoScenario,
  rand: () => number,
  opts: DemoOptions,
): number[] {
  const target = ind.target;
  if (target === null || target.value === null) return [];
  const T = target.value;
  const t0 = ind.baseline?.year ?? opts.fromYear - 1;
  const span = Math.max(1, target.year - t0);
  const [lo, hi] = RATIO[s];
  const r = lo + (hi - lo) * rand();
  const years = Array.from({ length: opts.toYear - opts.fromYear + 1 }, (_, k) => opts.fromYear + k);
  const jitter = () => 1 + (rand() - 0.5) * 0.02;
  const pct = ind.unit.endsWith('%');

  if (ind.kind === 'rate') return years.map(() => roundFor(ind.unit, clampFor(ind.unit, T * r * jitter())));
  if (ind.kind === 'cumulative') {
    // yearly increments of a five-year total; round the running total so increments add up
    const running = years.map((y) =>
      roundFor(ind.unit, T * Math.max(0, progressShare(s, (y - t0) / span, r))),
    );
    return running.map((c, k) => roundFor(ind.unit, c - (k === 0 ? 0 : (running[k - 1] ?? 0))));
  }
  if (target.comparator === 'approx') {
    const sign = ind.direction === 'decrease' ? 1 : -1; // unfavourable side
    const near = pct ? 0.3 : 0.03 * T;
    const far = pct ? 1 : 0.12 * T;
    return years.map(() => {
      const d = s === 'behind' ? sign * far * (1 + rand() * 0.3) : near * (rand() * 2 - 1);
      return roundFor(ind.unit, clampFor(ind.unit, T + d));
    });
  }
  // levels: from the baseline, or from a simulated starting level when the plan gives none
  const start =
    ind.baseline?.value ??
    (ind.direction === 'decrease' ? T * (1.25 + 0.2 * rand()) : T * (0.55 + 0.2 * rand()));
  return years.map((y) => {
    const p = progressShare(s, (y - t0) / span, r * jitter());
    const v =
      ind.kind === 'level_compound' && start > 0 && T > 0
        ? start * (T / start) ** p
        : start + (T - start) * p;
    return roundFor(ind.unit, clampFor(ind.unit, v));
  });
}

/** Cumulative monthly shares of a year's total, with a mild seasonal shape, ending at exactly 1. */
function monthlyShares(rand: () => number): number[] {
  const w = Array.from({ length: 12 }, (_, m) => 1 + 0.3 * Math.sin(((m + 1) / 12) * Math.PI) + 0.1 * rand());
  const total = w.reduce((a, b) => a + b, 0);
  let acc = 0;
  return w.map((x) => {
    acc += x;
    return acc / total;
  });
}

/** Simulated observations: annual `level` values for every eligible indicator, yearly values for `assigned` ones, and monthly data for a few. */
export function generateDemoObservations(
  indicators: readonly PackageIndicator[],
  options: DemoOptions,
): PackageObservation[] {
  const scenarios = assignDemoScenarios(indicators, options.seed, options.toYear);
  const monthly = options.monthly ?? HEBI_MONTHLY;
  const out: PackageObservation[] = [];
  const years = Array.from({ length: options.toYear - options.fromYear + 1 }, (_, k) => options.fromYear + k);
  const month = (m: number) => `${options.toYear}-${String(m).padStart(2, '0')}`;
  for (const ind of indicators) {
    const rand = mulberry32(hashString(`${options.seed}:${ind.code}`));
    if (ind.kind === 'assigned') {
      // 按省市下达目标: annual targets are unknown, so only plausible yearly rates (3–4 %) are simulated
      for (const y of years) out.push(obs(ind.code, String(y), 'level', Math.round((3 + rand()) * 10) / 10));
      continue;
    }
    const s = scenarios.get(ind.code);
    if (s === undefined) continue;
    const values = annualValues(ind, s, rand, options);
    values.forEach((v, k) => {
      out.push(obs(ind.code, String(years[k]), 'level', v));
    });
    const last = values.at(-1) ?? 0;
    const prev = values.at(-2) ?? ind.baseline?.value ?? last;
    if (monthly.ytd.includes(ind.code)) {
      monthlyShares(rand).forEach((share, m) => {
        out.push(obs(ind.code, month(m + 1), 'ytd', roundFor(ind.unit, last * share)));
      });
    }
    if (monthly.growth.includes(ind.code) && prev > 0) {
      const g = (last / prev - 1) * 100;
      const yoy = Array.from({ length: 12 }, () => g + (rand() - 0.5) * 3);
      const running = yoy.map((_, m) => yoy.slice(0, m + 1).reduce((a, b) => a + b, 0) / (m + 1));
      const shift = g - (running[11] ?? g);
      yoy.forEach((v, m) => {
        out.push(obs(ind.code, month(m + 1), 'yoy', Math.round((v + shift) * 10) / 10));
        out.push(obs(ind.code, month(m + 1), 'ytd_yoy', Math.round(((running[m] ?? g) + shift) * 10) / 10));
      });
    }
  }
  out.push(...relativeGrowth(indicators, out, options));
  return out;
}

/**
 * A `relative` indicator (居民人均可支配收入增长 与经济增长基本同步) is simulated as yearly growth rates
 * within ±1.5 percentage points of the related indicator's simulated growth, so it has something to
 * compare with.
 */
function relativeGrowth(
  indicators: readonly PackageIndicator[],
  simulated: readonly PackageObservation[],
  options: DemoOptions,
): PackageObservation[] {
  const out: PackageObservation[] = [];
  for (const ind of indicators) {
    if (ind.kind !== 'relative' || ind.relatedTo === null) continue;
    const related = indicators.find((i) => i.code === ind.relatedTo);
    const levels = simulated.filter(
      (o) => o.indicator === ind.relatedTo && o.measure === 'level' && /^\d{4}$/.test(o.period),
    );
    let previous = related?.baseline?.value ?? null;
    const rand = mulberry32(hashString(`${options.seed}:${ind.code}`));
    for (const level of levels) {
      if (previous !== null && previous > 0) {
        const growth = (level.value / previous - 1) * 100 + (rand() - 0.5) * 3;
        out.push(obs(ind.code, level.period, 'level', Math.round(growth * 10) / 10));
      }
      previous = level.value;
    }
  }
  return out;
}

function obs(indicator: string, period: string, measure: PackageObservation['measure'], value: number) {
  return { indicator, period, measure, value };
}

/** The whole observations.demo.json, labelled as simulated data wherever it is shown. */
export function buildDemoObservationsFile(
  indicators: readonly PackageIndicator[],
  options: DemoOptions,
): ObservationsFile {
  return {
    dataset: 'demo',
    label: '示例数据(模拟)',
    labelEn: 'Demo data (simulated)',
    description:
      `由 scripts/generate-demo-observations.ts 以种子 ${options.seed} 从 indicators.json 确定性生成的模拟数据(${options.fromYear}–${options.toYear}年年度值及${options.toYear}年部分月度值),不是真实统计数据,不得引用。` +
      ` Simulated data generated deterministically from indicators.json by scripts/generate-demo-observations.ts with seed ${options.seed}; NOT real statistics.`,
    observations: generateDemoObservations(indicators, options),
  };
}
