import * as now from '../src/core';
import { generatePortfolio } from './generator';

const plans = generatePortfolio({ plans: 1000, indicatorsPerPlan: 60, seed: 14 });
const mode = process.env.MODE ?? 'annual';
for (const p of plans)
  for (const [k, l] of p.observations)
    p.observations.set(k, mode === 'annual' ? l.slice(0, 5) : mode === 'none' ? [] : l);
let sink = 0;
for (let i = 0; i < Number(process.env.RUNS ?? 6); i++) {
  const t0 = performance.now();
  for (const p of plans)
    sink += now.evaluatePlan({
      baseYear: 2020,
      targetYear: 2025,
      indicators: p.indicators,
      observations: p.observations,
      asOf: process.env.AS_OF ?? '2025',
      settings: now.defaultEvaluationSettings,
    }).results.length;
  if (i > 0) console.log(mode, (performance.now() - t0).toFixed(0));
}
