import { describe, expect, it } from 'vitest';
import type { Observation } from './model';
import { selectObservations } from './observation-selection';
import { observationsUpTo } from './observations';
import { PeriodFormatError, requirePeriod as parsePeriod } from './period';

const gdp: Observation[] = [
  { period: '2021', measure: 'level', value: 95 },
  { period: '2022', measure: 'level', value: 110 },
  { period: '2023-09', measure: 'ytd', value: 90 },
  { period: '2023-09', measure: 'ytd_yoy', value: 7.5 },
  { period: '2023', measure: 'yoy', value: 14.2 },
  { period: '2023', measure: 'level', value: 128.6 },
  { period: '2024-03', measure: 'ytd', value: 30 },
];

describe('observations up to the evaluation date', () => {
  it('keeps periods not after asOf, oldest first, and drops non-finite values', () => {
    const obs = observationsUpTo(
      [...gdp, { period: '2022-06', measure: 'level', value: Number.NaN }],
      parsePeriod('2023-Q3'),
    );
    expect(obs.map((o) => `${o.text}:${o.measure}`)).toEqual([
      '2021:level',
      '2022:level',
      '2023-09:ytd',
      '2023-09:ytd_yoy',
    ]);
  });

  it('throws on a period that is not a period', () => {
    expect(() =>
      observationsUpTo([{ period: '2023年', measure: 'level', value: 1 }], parsePeriod('2023')),
    ).toThrow(PeriodFormatError);
    expect(() =>
      selectObservations(
        [{ period: '2023-13', measure: 'level', value: 1 }],
        parsePeriod('2023'),
        'rate',
        2020,
      ),
    ).toThrow(PeriodFormatError);
  });

  it('reads periods written with surrounding spaces like the plain ones', () => {
    const obs = observationsUpTo([{ period: ' 2023-Q3 ', measure: 'level', value: 1 }], parsePeriod('2023'));
    expect(obs.map((o) => [o.text, o.x, o.subAnnual])).toEqual([[' 2023-Q3 ', 2022.75, true]]);
  });

  it('takes the latest period and the preferred measure', () => {
    const at2023 = selectObservations(gdp, parsePeriod('2023'), 'level_compound', 2020);
    expect(at2023.latest).toMatchObject({ text: '2023', measure: 'level', value: 128.6 });
    expect(at2023.counted).toBe(6);
    const atQ3 = selectObservations(gdp, parsePeriod('2023-Q3'), 'level_compound', 2020);
    expect(atQ3.latest).toMatchObject({ text: '2023-09', measure: 'ytd_yoy' });
    const linear = selectObservations(gdp, parsePeriod('2023-Q3'), 'level_linear', 2020);
    expect(linear.latest).toMatchObject({ text: '2023-09', measure: 'ytd' });
    expect(linear.levels.map((o) => o.text)).toEqual(['2021', '2022']);
  });

  it('prefers the whole year over its December at the same point', () => {
    const obs = selectObservations(
      [
        { period: '2023-12', measure: 'ytd', value: 1 },
        { period: '2023', measure: 'level', value: 2 },
      ],
      parsePeriod('2023'),
      'cumulative',
      2020,
    );
    expect(obs.latest?.value).toBe(2);
  });

  it('keeps one observation per year, the whole year or else the latest year-to-date', () => {
    const jobs: Observation[] = [
      { period: '2020', measure: 'level', value: 0.25 },
      { period: '2021-06', measure: 'ytd', value: 0.1 },
      { period: '2021', measure: 'level', value: 0.26 },
      { period: '2022', measure: 'level', value: 0.27 },
      { period: '2023-06', measure: 'ytd', value: 0.12 },
      { period: '2023-09', measure: 'ytd', value: 0.2 },
      { period: '2023-09', measure: 'ytd_yoy', value: 3 },
    ];
    const obs = selectObservations(jobs, parsePeriod('2023-09'), 'cumulative', 2020);
    expect(obs.years.map((o) => `${o.text}:${o.value}`)).toEqual(['2021:0.26', '2022:0.27', '2023-09:0.2']);
    const rate = selectObservations(jobs, parsePeriod('2023-09'), 'rate', 2020);
    expect(rate.years.map((o) => `${o.text}:${o.value}`)).toEqual(['2021:0.26', '2022:0.27']);
  });
});
