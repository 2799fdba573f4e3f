/** Temporary: pieces of the selection pass, timed alone. */
import { periodKey } from '../src/core/period-key';
import { generatePortfolio } from './generator';

const plans = generatePortfolio({ plans: 1000, indicatorsPerPlan: 60, seed: 14 });
const lists = plans.flatMap((p) => [...p.observations.values()]);
let sink = 0;
const variants: Record<string, (l: readonly { period: string; measure: string; value: number }[]) => number> =
  {
    scan: (l) => {
      let s = 0;
      for (const o of l) s += o.value + o.period.length;
      return s;
    },
    finite: (l) => {
      let c = 0;
      for (const o of l) if (Number.isFinite(o.value)) c += 1;
      return c;
    },
    key: (l) => {
      let c = 0;
      for (const o of l) if (Number.isFinite(o.value)) c += periodKey(o.period);
      return c;
    },
    keyMeasure: (l) => {
      let c = 0;
      for (const o of l)
        if (Number.isFinite(o.value)) c += periodKey(o.period) + (o.measure === 'level' ? 1 : 0);
      return c;
    },
    charOnly: (l) => {
      let c = 0;
      for (const o of l) c += o.period.charCodeAt(0) + o.period.charCodeAt(6);
      return c;
    },
  };
for (let r = 0; r < 8; r += 1) {
  const line: string[] = [];
  for (const [name, f] of Object.entries(variants)) {
    const t0 = performance.now();
    for (const l of lists) sink += f(l);
    line.push(`${name} ${(performance.now() - t0).toFixed(0)}`);
  }
  if (r > 2) console.log(line.join('  '));
}
if (sink === 1) console.log('');
