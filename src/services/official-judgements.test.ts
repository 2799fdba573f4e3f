/**
 * Lantu against official mid-term evaluations (data/validation/official-judgements/): every
 * indicator evaluated at the report's date with only the data published by then. The floors are the
 * agreement measured when the set was built (docs/methodology.md §20); a rule change that lowers
 * agreement fails here. The table printed is the one in the methodology.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { officialJudgementSetSchema } from '../contracts/official-judgements';
import { compareWithOfficial } from './official-judgements';

const folder = join(__dirname, '../../data/validation/official-judgements');
const sets = readdirSync(folder)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => officialJudgementSetSchema.parse(JSON.parse(readFileSync(join(folder, f), 'utf8'))));
const rows = sets.flatMap(compareWithOfficial);

describe('official judgements', () => {
  it('encodes every indicator with its source and only data published by the report date', () => {
    expect(sets.length).toBeGreaterThanOrEqual(2);
    for (const set of sets) {
      for (const ind of set.indicators) {
        for (const o of ind.observations)
          expect(o.published <= set.evaluation.dataAsOf, `${ind.code} ${o.period}`).toBe(true);
        if (ind.observations.length === 0) expect(ind.dataNote, ind.code).toBeTruthy();
      }
    }
  });

  it('keeps agreement from falling', () => {
    const same = rows.filter((r) => r.same).length;
    const withinOne = rows.filter((r) => r.withinOne).length;
    const table = rows.map(
      (r) =>
        `${r.plan} ${r.code} ${r.name}: official ${r.official}, Lantu ${r.lantu ?? r.status}${r.same ? '' : ' ≠'}`,
    );
    console.log(
      `[validation] ${rows.length} indicators, same ${same}, within one step ${withinOne}\n${table.join('\n')}`,
    );
    expect(rows.length).toBe(28);
    expect(same).toBeGreaterThanOrEqual(20);
    expect(withinOne).toBeGreaterThanOrEqual(22);
  });
});
