/** Temporary: profiles evaluatePlan on the bench portfolio (deleted after the speed work). */
import { defaultEvaluationSettings, evaluatePlan } from '../src/core';
import { generatePortfolio } from './generator';

const plans = generatePortfolio({
  plans: Number(process.env.PLANS ?? 1000),
  indicatorsPerPlan: 60,
  seed: 14,
});
let sink = 0;
for (let run = 0; run < Number(process.env.RUNS ?? 3); run += 1) {
  const t0 = performance.now();
  for (const p of plans) {
    const result = evaluatePlan({
      baseYear: 2020,
      targetYear: 2025,
      indicators: p.indicators,
      observations: p.observations,
      asOf: process.env.AS_OF ?? '2025',
      settings: defaultEvaluationSettings,
    });
    sink += result.results.length;
  }
  console.log(`run ${run}: ${(performance.now() - t0).toFixed(0)} ms`);
}
console.log(sink);
