/**
 * Rewrites data/templates/plan-package-template.xlsx, the empty plan workbook with its 说明 sheet.
 * Usage: npx tsx scripts/generate-plan-template.ts [output]
 * A test (src/io/xlsx/plan-template.test.ts) fails when the committed file no longer matches.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writePlanTemplate } from '../src/io/xlsx/plan-workbook-write';

const out =
  process.argv[2] ?? join(import.meta.dirname, '..', 'data', 'templates', 'plan-package-template.xlsx');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, await writePlanTemplate());
console.log(`plan workbook template → ${out}`);
