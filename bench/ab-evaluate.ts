/** Temporary: A/B of the original core (copied to /tmp/orig) against the working tree, interleaved. */
import * as orig from '/tmp/orig/src/core/index';
import * as now from '../src/core';
import { generatePortfolio } from './generator';

const scale = Number(process.env.SCALE ?? 1);
const plans = generatePortfolio({ plans: Math.round(1000 * scale), indicatorsPerPlan: 60, seed: 14 });
let count = 0;
for (const p of plans) for (const l of p.observations.values()) count += l.length;
let sink = 0;
function run(core: typeof now): number {
  const t0 = performance.now();
  for (const p of plans) {
    const r = core.evaluatePlan({
      baseYear: 2020,
      targetYear: 2025,
      indicators: p.indicators,
      observations: p.observations,
      asOf: process.env.AS_OF ?? '2025',
      settings: core.defaultEvaluationSettings,
    });
    sink += r.results.length;
  }
  return performance.now() - t0;
}
function scan(): number {
  const t0 = performance.now();
  for (const p of plans) for (const l of p.observations.values()) for (const o of l) sink += o.value + o.period.length;
  return performance.now() - t0;
}
const times: Record<string, number[]> = { orig: [], now: [], scan: [] };
const which = (process.env.WHICH ?? 'orig,now').split(',');
for (let i = 0; i < Number(process.env.RUNS ?? 5) + 1; i += 1) {
  for (const w of which) {
    const t = w === 'orig' ? run(orig as unknown as typeof now) : run(now);
    if (i > 0) times[w]?.push(t);
  }
  const s = scan();
  if (i > 0) times.scan?.push(s);
}
const med = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)] ?? 0;
for (const [k, v] of Object.entries(times)) if (v.length) console.log(`${k.padEnd(5)} median ${med(v).toFixed(0)} ms  [${v.map((t) => t.toFixed(0)).join(' ')}]`);
console.log(`obs ${count}; ratio now ${(med(times.scan ?? []) / med(times.now ?? [])).toFixed(3)}`);
if (sink === 42) console.log('');
