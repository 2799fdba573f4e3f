/** Temporary: A/B of core snapshots (A, B env: dirs holding src/core) against the working tree, interleaved. */
import type * as Core from '../src/core';
import { generatePortfolio } from './generator';

const scale = Number(process.env.SCALE ?? 1);
const plans = generatePortfolio({ plans: Math.round(1000 * scale), indicatorsPerPlan: 60, seed: 14 });
let count = 0;
for (const p of plans) for (const l of p.observations.values()) count += l.length;
let sink = 0;
const cpu = new Map<string, number[]>();
function cpuOf(name: string, f: () => number): number {
  const c0 = process.cpuUsage();
  const t = f();
  const c = process.cpuUsage(c0);
  const list = cpu.get(name) ?? [];
  list.push((c.user + c.system) / 1000);
  cpu.set(name, list);
  return t;
}
function run(core: typeof Core): number {
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
  for (const p of plans)
    for (const l of p.observations.values()) for (const o of l) sink += o.value + o.period.length;
  return performance.now() - t0;
}
const cores: [string, typeof Core][] = [];
for (const dir of (process.env.CORES ?? '/tmp/orig').split(',').filter(Boolean)) {
  cores.push([dir.split('/').pop() ?? dir, (await import(`${dir}/src/core/index.ts`)) as typeof Core]);
}
cores.push(['now', (await import('../src/core')) as typeof Core]);
const times = new Map<string, number[]>([...cores.map(([n]) => [n, []] as [string, number[]]), ['scan', []]]);
for (let i = 0; i < Number(process.env.RUNS ?? 7) + 1; i += 1) {
  for (const [name, core] of cores) {
    const t = cpuOf(i > 0 ? name : 'warm', () => run(core));
    if (i > 0) times.get(name)?.push(t);
  }
  const s = cpuOf(i > 0 ? 'scan' : 'warm', scan);
  if (i > 0) times.get('scan')?.push(s);
}
const sorted = (a: number[]) => [...a].sort((x, y) => x - y);
for (const [k, v] of times) {
  const s = sorted(v);
  const c = sorted(cpu.get(k) ?? []);
  console.log(
    `${k.padEnd(8)} wall min ${s[0]?.toFixed(0)} median ${s[Math.floor(s.length / 2)]?.toFixed(0)} ms  cpu min ${c[0]?.toFixed(0)} median ${c[Math.floor(c.length / 2)]?.toFixed(0)} ms`,
  );
}
const med = (k: string) => sorted(times.get(k) ?? [])[Math.floor((times.get(k)?.length ?? 0) / 2)] ?? 1;
console.log(`obs ${count}; ratio now (medians) ${(med('scan') / med('now')).toFixed(3)}`);
if (sink === 42) console.log('');
