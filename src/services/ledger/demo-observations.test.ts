import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  indicatorsFileSchema,
  observationsFileSchema,
  type PackageIndicator,
} from '../../contracts/plan-package';
import {
  assignDemoScenarios,
  buildDemoObservationsFile,
  DEMO_SEED,
  generateDemoObservations,
  isDemoEligible,
  mulberry32,
} from './demo-observations';

const dir = fileURLToPath(new URL('../../../data/plans/hebi-etdz-14th/', import.meta.url));
const { indicators } = indicatorsFileSchema.parse(
  JSON.parse(readFileSync(join(dir, 'indicators.json'), 'utf8')),
);
const options = { seed: DEMO_SEED, fromYear: 2021, toYear: 2025 };
const observations = generateDemoObservations(indicators, options);
const byCode = new Map(indicators.map((i) => [i.code, i]));
const of = (code: string, measure = 'level') =>
  observations.filter((o) => o.indicator === code && o.measure === measure);
const COUNT_UNITS = new Set(['家', '个', '项', '位', '条']);

describe('mulberry32', () => {
  it('is deterministic and stays in [0, 1)', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('generateDemoObservations', () => {
  it('gives identical output for the same seed and different output for another', () => {
    expect(generateDemoObservations(indicators, options)).toEqual(observations);
    expect(generateDemoObservations(indicators, { ...options, seed: DEMO_SEED + 1 })).not.toEqual(
      observations,
    );
  });

  it('matches the committed observations.demo.json (regenerate with scripts/generate-demo-observations.ts)', () => {
    const committed = observationsFileSchema.parse(
      JSON.parse(readFileSync(join(dir, 'observations.demo.json'), 'utf8')),
    );
    expect(committed).toEqual(buildDemoObservationsFile(indicators, options));
    expect(committed.label).toBe('示例数据(模拟)');
  });

  it('keeps every value finite and plausible for its unit', () => {
    for (const o of observations) {
      const ind = byCode.get(o.indicator) as PackageIndicator;
      expect(Number.isFinite(o.value), o.indicator).toBe(true);
      if (o.measure === 'yoy' || o.measure === 'ytd_yoy') {
        expect(Math.abs(o.value)).toBeLessThan(100);
        continue;
      }
      expect(o.value, `${o.indicator} ${o.period}`).toBeGreaterThanOrEqual(0);
      if (ind.unit === '%') expect(o.value, `${o.indicator} ${o.period}`).toBeLessThanOrEqual(100);
      if (COUNT_UNITS.has(ind.unit))
        expect(Number.isInteger(o.value), `${o.indicator} ${o.period}`).toBe(true);
    }
  });

  it('gives five annual values to every indicator with a numeric target in 2021–2025, and none to phrases or 2035 targets', () => {
    for (const ind of indicators) {
      const years = of(ind.code).map((o) => o.period);
      if (isDemoEligible(ind, 2025) || ind.kind === 'assigned' || ind.kind === 'relative') {
        expect(years, ind.code).toEqual(['2021', '2022', '2023', '2024', '2025']);
      } else
        expect(
          observations.some((o) => o.indicator === ind.code),
          ind.code,
        ).toBe(false);
    }
    expect(of('T24')).toEqual([]);
    expect(indicators.filter((i) => i.target?.year === 2035).every((i) => of(i.code).length === 0)).toBe(
      true,
    );
  });

  it('simulates income growth within 1.5 points of the simulated GDP growth (与经济增长基本同步)', () => {
    const gdp = [83.14, ...of('T01').map((o) => o.value)];
    of('T22').forEach((o, k) => {
      const gdpGrowth = ((gdp[k + 1] ?? 0) / (gdp[k] ?? 1) - 1) * 100;
      expect(Math.abs(o.value - gdpGrowth), o.period).toBeLessThanOrEqual(1.55);
    });
  });

  it('simulates the assigned energy row as yearly reduction rates of 3–4 % and nothing else', () => {
    const energy = observations.filter((o) => o.indicator === 'T23a');
    expect(energy).toHaveLength(5);
    expect(energy.every((o) => o.measure === 'level' && o.value >= 3 && o.value <= 4)).toBe(true);
  });

  it('adds monthly year-to-date values that end at the annual level, and monthly GDP growth', () => {
    for (const code of ['T04', 'T05']) {
      const ytd = of(code, 'ytd');
      expect(ytd.map((o) => o.period)).toEqual(
        Array.from({ length: 12 }, (_, m) => `2025-${String(m + 1).padStart(2, '0')}`),
      );
      expect(ytd.every((o, k) => k === 0 || o.value >= (ytd[k - 1]?.value ?? 0))).toBe(true);
      expect(ytd.at(-1)?.value).toBe(of(code).at(-1)?.value);
    }
    const level = of('T01');
    const growth = ((level[4]?.value ?? 0) / (level[3]?.value ?? 1) - 1) * 100;
    expect(of('T01', 'yoy')).toHaveLength(12);
    expect(of('T01', 'ytd_yoy').at(-1)?.value).toBeCloseTo(growth, 0);
  });
});

describe('assignDemoScenarios', () => {
  const scenarios = assignDemoScenarios(indicators, DEMO_SEED, 2025);
  const count = (s: string) => [...scenarios.values()].filter((v) => v === s).length;

  it('deals a realistic mix: most on track, some achieved and ahead, several behind, one or two regressing', () => {
    expect(count('on_track')).toBeGreaterThan(Math.max(count('achieved'), count('ahead'), count('behind')));
    expect(count('achieved')).toBeGreaterThan(0);
    expect(count('ahead')).toBeGreaterThan(0);
    expect(count('behind')).toBeGreaterThanOrEqual(3);
    expect(count('regressing')).toBeGreaterThanOrEqual(1);
    expect(count('regressing')).toBeLessThanOrEqual(2);
  });

  it('puts at least one binding indicator behind, so the demo raises a red warning', () => {
    const binding = indicators.filter((i) => i.attribute === 'binding' && scenarios.get(i.code) === 'behind');
    expect(binding.length).toBeGreaterThan(0);
  });

  it('shapes levels with a baseline so that the 2023 progress ratio matches the scenario', () => {
    const band = { on_track: [0.93, 1.07], ahead: [1.05, 1.4], behind: [0.4, 0.95], regressing: [-1, 0] };
    for (const ind of indicators) {
      const s = scenarios.get(ind.code);
      const B = ind.baseline?.value;
      const T = ind.target?.value;
      if (s === undefined || s === 'achieved' || B === undefined || T == null || COUNT_UNITS.has(ind.unit))
        continue;
      if (ind.kind !== 'level_linear' && ind.kind !== 'level_compound') continue;
      const A = of(ind.code).find((o) => o.period === '2023')?.value ?? Number.NaN;
      const tau = 3 / 5;
      const r =
        ind.kind === 'level_compound'
          ? Math.log(A / B) / Math.log((B * (T / B) ** tau) / B)
          : (A - B) / ((T - B) * tau);
      const [lo, hi] = band[s];
      expect(r, `${ind.code} ${s}`).toBeGreaterThanOrEqual(lo as number);
      expect(r, `${ind.code} ${s}`).toBeLessThanOrEqual(hi as number);
    }
  });
});
