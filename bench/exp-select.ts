/** Temporary: selectObservations alone over the bench portfolio. */
import { selectObservations } from '../src/core/observation-selection';
import { requirePeriod } from '../src/core/period';
import { generatePortfolio } from './generator';

const plans = generatePortfolio({ plans: 1000, indicatorsPerPlan: 60, seed: 14 });
const asOf = requirePeriod('2025');
let sink = 0;
for (let r = 0; r < 12; r += 1) {
  const t0 = performance.now();
  for (const p of plans)
    for (const ind of p.indicators) {
      const s = selectObservations(p.observations.get(ind.code) ?? [], asOf, ind.kind, 2020);
      sink += s.counted + s.levels.length;
    }
  const t1 = performance.now();
  for (const p of plans)
    for (const l of p.observations.values()) for (const o of l) sink += o.value + o.period.length;
  const t2 = performance.now();
  if (r > 1) console.log(`select ${(t1 - t0).toFixed(0)} ms  scan ${(t2 - t1).toFixed(0)} ms`);
}
if (sink === 1) console.log('');
