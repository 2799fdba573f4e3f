/** Temporary: does evaluating at another date slow down later evaluations? */
import { defaultEvaluationSettings, evaluatePlan } from '../src/core';
import { generatePortfolio } from './generator';

const plans = generatePortfolio({ plans: 1000, indicatorsPerPlan: 60, seed: 14 });
let sink = 0;
function run(asOf: string): number {
  const t0 = performance.now();
  for (const p of plans)
    sink += evaluatePlan({
      baseYear: 2020,
      targetYear: 2025,
      indicators: p.indicators,
      observations: p.observations,
      asOf,
      settings: defaultEvaluationSettings,
    }).results.length;
  return performance.now() - t0;
}
for (const asOf of (process.env.DATES ?? '2025,2025,2025,2024-06,2024-06,2024-06,2025,2025,2025').split(
  ',',
)) {
  console.log(asOf, run(asOf).toFixed(0));
}
if (sink === 1) console.log('');
