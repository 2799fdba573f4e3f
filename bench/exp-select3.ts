/** Temporary: period parsing variants. */
import { periodKey } from '../src/core/period-key';
import { generatePortfolio } from './generator';

const plans = generatePortfolio({ plans: 1000, indicatorsPerPlan: 60, seed: 14 });
const lists = plans.flatMap((p) => [...p.observations.values()]);
let sink = 0;

function keyB(t: string): number {
  const n = t.length;
  if (n !== 4 && n !== 7) return -1;
  const d0 = t.charCodeAt(0) - 48;
  const d1 = t.charCodeAt(1) - 48;
  const d2 = t.charCodeAt(2) - 48;
  const d3 = t.charCodeAt(3) - 48;
  if (d0 >>> 0 > 9 || d1 >>> 0 > 9 || d2 >>> 0 > 9 || d3 >>> 0 > 9) return -1;
  const year = d0 * 1000 + d1 * 100 + d2 * 10 + d3;
  if (n === 4) return year * 39 + 38;
  if (t.charCodeAt(4) !== 45) return -1;
  const c5 = t.charCodeAt(5);
  const d6 = t.charCodeAt(6) - 48;
  if (c5 === 81) return (d6 - 1) >>> 0 < 4 ? (year * 12 + d6 * 3) * 3 + 1 : -1;
  const month = (c5 - 48) * 10 + d6;
  return (c5 - 48) >>> 0 <= 1 && d6 >>> 0 <= 9 && (month - 1) >>> 0 < 12 ? (year * 12 + month) * 3 : -1;
}
const variants: Record<string, (l: readonly { period: string; measure: string; value: number }[]) => number> =
  {
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
    keyB: (l) => {
      let c = 0;
      for (const o of l) if (Number.isFinite(o.value)) c += keyB(o.period);
      return c;
    },
  };
const mins: Record<string, number> = {};
for (let r = 0; r < 30; r += 1) {
  const line: string[] = [];
  for (const [name, f] of Object.entries(variants)) {
    const t0 = performance.now();
    for (const l of lists) sink += f(l);
    const dt = performance.now() - t0;
    mins[name] = Math.min(mins[name] ?? 1e9, dt);
    line.push(`${name} ${dt.toFixed(0)}`);
  }
  if (r === 29)
    console.log(
      Object.entries(mins)
        .map(([k, v]) => `${k} ${v.toFixed(0)}`)
        .join('  '),
    );
}
if (sink === 1) console.log('');
