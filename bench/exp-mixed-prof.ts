/** Temporary: profile 2025 evaluations after a warm-up at the given dates. */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
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
for (const asOf of (process.env.WARM ?? '2025,2025,2025').split(','))
  console.log('warm', asOf, run(asOf).toFixed(0));
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.start');
for (let i = 0; i < 6; i += 1) console.log('measured', run(process.env.AS_OF ?? '2025').toFixed(0));
const { profile } = await session.post('Profiler.stop');
writeFileSync(process.env.OUT ?? '/tmp/p.cpuprofile', JSON.stringify(profile));
if (sink === 1) console.log('');
