/**
 * `npm run bench [-- <name> …]` — runs the named workloads (all by default) and prints one line per
 * figure with the baseline measured in the same run and the ratio. See docs/performance.md.
 */
import { type Figure, printFigure } from './measure';
import { freshPostgres, stopPostgres } from './postgres';
import { apiWorkload } from './workloads/api';
import { evaluateWorkload } from './workloads/evaluate';
import { ingestWorkload } from './workloads/ingest';
import { planDraftWorkload } from './workloads/plan-draft';
import { portfolioWorkload } from './workloads/portfolio';
import { reportWorkload } from './workloads/report';
import { webWorkload } from './workloads/web';
import { writeToStatusWorkload } from './workloads/write-to-status';

const workloads: Record<string, () => Promise<Figure[]>> = {
  evaluate: () => evaluateWorkload(Number(process.env.LANTU_BENCH_SCALE ?? 1)),
  ingest: async () =>
    ingestWorkload(Number(process.env.LANTU_BENCH_ROWS ?? 1_000_000), await freshPostgres('ingest')),
  portfolio: async () => {
    const url = await freshPostgres('portfolio');
    const alone = url && (await freshPostgres('portfolio_alone'));
    return portfolioWorkload(Number(process.env.LANTU_BENCH_ZONES ?? 3000), alone ? { url, alone } : null);
  },
  report: () => reportWorkload(),
  'plan-draft': () => planDraftWorkload(),
  web: () => webWorkload(),
  api: () => apiWorkload(Number(process.env.LANTU_BENCH_SECONDS ?? 10)),
  'write-to-status': () => writeToStatusWorkload(200),
};

const names = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = names.filter((n) => !(n in workloads));
if (unknown.length > 0) {
  process.stderr.write(
    `未知负载 unknown workload(s): ${unknown.join(', ')}; available: ${Object.keys(workloads).join(', ')}\n`,
  );
  process.exit(2);
}
process.stdout.write(`# Lantu benchmarks — node ${process.version}, ${new Date().toISOString()}\n`);
for (const name of names.length > 0 ? names : Object.keys(workloads)) {
  const run = workloads[name];
  if (!run) continue;
  for (const figure of await run()) printFigure(figure);
}
stopPostgres();
