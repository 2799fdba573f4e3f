/**
 * Rewrites data/plans/<plan>/observations.demo.json from that package's indicators.json.
 * Usage: npx tsx scripts/generate-demo-observations.ts [plan-folder]   (default: data/plans/hebi-etdz-14th)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { indicatorsFileSchema } from '../src/contracts/plan-package';
import { buildDemoObservationsFile, DEMO_SEED } from '../src/services/ledger/demo-observations';

const dir = process.argv[2] ?? join(import.meta.dirname, '..', 'data', 'plans', 'hebi-etdz-14th');
const { indicators } = indicatorsFileSchema.parse(
  JSON.parse(readFileSync(join(dir, 'indicators.json'), 'utf8')),
);
const file = buildDemoObservationsFile(indicators, { seed: DEMO_SEED, fromYear: 2021, toYear: 2025 });
writeFileSync(join(dir, 'observations.demo.json'), `${JSON.stringify(file, null, 2)}\n`);
console.log(`${file.observations.length} demo observations → ${join(dir, 'observations.demo.json')}`);
