/**
 * Figures for `npm run bench`: one line per figure with its unit, the baseline measured in the same
 * run, and the ratio — never an absolute threshold (the machines are shared and noisy).
 */
export interface Figure {
  workload: string;
  name: string;
  value: number;
  unit: string;
  baseline: number | null;
  baselineName: string | null;
  /** value ÷ baseline (higher is better for rates; the line says which). */
  ratio: number | null;
  aim: string | null;
}

export function printFigure(f: Figure): void {
  const fmt = (n: number) => (Math.abs(n) >= 100 ? Math.round(n).toLocaleString('en-US') : n.toPrecision(3));
  const parts = [
    `${f.workload.padEnd(16)} ${f.name.padEnd(34)} ${fmt(f.value).padStart(12)} ${f.unit}`,
    f.baseline === null ? '' : `baseline ${f.baselineName}: ${fmt(f.baseline)} ${f.unit}`,
    f.ratio === null ? '' : `ratio ${f.ratio.toFixed(3)}`,
    f.aim ? `(aim ${f.aim})` : '',
  ];
  process.stdout.write(`${parts.filter(Boolean).join('  ')}\n`);
}

/** Median of `runs` timings of fn, in milliseconds (after one warm-up run). */
export async function medianMs(runs: number, fn: () => unknown | Promise<unknown>): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}
