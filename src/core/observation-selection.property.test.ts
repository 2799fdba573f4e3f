/**
 * The one-pass selection picks exactly what the plain rules pick — sort everything by
 * comparePeriods, filter, scan — including which of two tied observations wins, and throws on the
 * same invalid period texts.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { measurePreference } from './measure-preference';
import type { Observation } from './model';
import { selectObservations } from './observation-selection';
import { observationsUpTo } from './observations';
import { requirePeriod } from './period';
import { kinds, periodText } from './testing/arbitraries';
import * as reference from './testing/observation-reference';

/** Few distinct periods and measures, so ties are common; values are the input position, so a wrong tie-break shows. */
const observationList = fc
  .array(
    fc.record({
      period: fc.oneof(
        {
          weight: 8,
          arbitrary: fc.constantFrom('2021', '2022', '2022-Q4', '2022-12', '2023-03', '2023-Q1', '2023'),
        },
        { weight: 4, arbitrary: periodText },
        { weight: 1, arbitrary: periodText.map((t) => ` ${t}`) },
        { weight: 1, arbitrary: fc.constantFrom('2023年', '2023-13', '2023-Q0', '23', '') },
      ),
      measure: fc.constantFrom('level' as const, 'ytd' as const, 'yoy' as const, 'ytd_yoy' as const),
      finite: fc.integer({ min: 0, max: 9 }).map((n) => n > 0),
    }),
    { maxLength: 40 },
  )
  .map((list) =>
    list.map(
      (o, i): Observation => ({ period: o.period, measure: o.measure, value: o.finite ? i : Number.NaN }),
    ),
  );

function outcome<T>(f: () => T): { value: T } | { error: string } {
  try {
    return { value: f() };
  } catch (e) {
    return { error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}

describe('selectObservations', () => {
  test.prop([observationList, periodText, fc.constantFrom(...kinds), fc.integer({ min: 2018, max: 2026 })], {
    numRuns: 3000,
  })('picks what sorting and scanning picks', (observations, asOfText, kind, afterYear) => {
    const asOf = requirePeriod(asOfText);
    const fast = outcome(() => selectObservations(observations, asOf, kind, afterYear));
    const plain = outcome(() => {
      const dated = reference.observationsUpTo(observations, asOf);
      const pref = measurePreference(kind);
      const usable = reference.usableFor(dated, pref);
      const levelKind = kind === 'level_compound' || kind === 'level_linear' || kind === 'threshold';
      const rateKind = kind === 'rate' || kind === 'assigned';
      return {
        counted: dated.length,
        latest: reference.latestObservation(usable, pref),
        levels: levelKind ? usable.filter((o) => o.measure === 'level') : [],
        years:
          kind === 'cumulative'
            ? reference.onePerYear(usable, pref, afterYear)
            : rateKind
              ? reference.onePerYear(
                  usable.filter((o) => !o.subAnnual),
                  pref,
                  afterYear,
                )
              : [],
      };
    });
    expect(fast).toEqual(plain);
  });

  test.prop([observationList, periodText], { numRuns: 1000 })(
    'observationsUpTo orders like comparePeriods, stably',
    (observations, asOfText) => {
      const asOf = requirePeriod(asOfText);
      expect(outcome(() => observationsUpTo(observations, asOf))).toEqual(
        outcome(() => reference.observationsUpTo(observations, asOf)),
      );
    },
  );
});
