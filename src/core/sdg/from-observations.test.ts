import { describe, expect, it } from 'vitest';
import { sdgFromObservations, sdgYear } from './from-observations';
import { sdgIndicator, statusFromScore } from './indicator-progress';
import { sdgSeriesProgress } from './series-progress';

const rising = { target: null, direction: 'increase' as const, limit: null };

describe('sdgFromObservations', () => {
  it('reads "2015-16" as 2015 and takes the configured base year when observed', () => {
    expect(sdgYear('2015-16')).toBe(2015);
    expect(sdgYear(2015)).toBe(2015);
    expect(sdgYear('FY')).toBeNull();
    const r = sdgFromObservations(
      [
        { year: '2014-15', value: 90 },
        { year: '2015-16', value: 100 },
        { year: '2016-17', value: 110 },
        { year: '2018-19', value: 121 },
      ],
      2015,
      rising,
    );
    // t0 = 2015 (100), ti = 2018 (121): pv = (1.21)^(1/3) − 1 = 0.065602
    expect(r.base).toEqual({ year: 2015, value: 100 });
    expect(r.current).toEqual({ year: 2018, value: 121 });
    expect(r.progressValue).toBeCloseTo(0.0656022367666107, 12);
  });

  it('takes the earliest year after the base year when it is not observed', () => {
    const r = sdgFromObservations(
      [
        { year: 2013, value: 90 },
        { year: 2016, value: 100 },
        { year: 2019, value: 120 },
      ],
      2015,
      rising,
    );
    // t0 = 2016: (1.2)^(1/3) − 1 = 0.062659
    expect(r.base?.year).toBe(2016);
    expect(r.progressValue).toBeCloseTo(0.06265856918261115, 12);
  });

  it('is not available without data, with duplicate years or without a year from the base on', () => {
    expect(sdgFromObservations([], 2015, rising).problem).toBe('no_data');
    expect(
      sdgFromObservations(
        [
          { year: 2016, value: 1 },
          { year: '2016-17', value: 2 },
        ],
        2015,
        rising,
      ).problem,
    ).toBe('duplicate_year');
    const early = sdgFromObservations([{ year: 2010, value: 1 }], 2015, rising);
    expect(early.problem).toBe('no_base_year');
    expect(early.status).toBe('not_available');
  });

  it('needs two distinct years', () => {
    expect(sdgFromObservations([{ year: 2016, value: 5 }], 2015, rising).problem).toBe('too_short');
  });
});

describe('sdgIndicator', () => {
  const series = (base: number, current: number, target: number | null) =>
    sdgSeriesProgress({
      base: { year: 2015, value: base },
      current: { year: 2020, value: current },
      target: target === null ? null : { year: 2030, value: target },
      direction: 'increase',
      limit: null,
    });

  it('averages the series scores, a group counting as the mean of its members', () => {
    const a = series(50, 55, null); // 4.622438
    const b = series(50, 49, null); // −3.004049
    const c = series(100, 150, 150); // achieved: 5
    const r = sdgIndicator([a, [b, c]]);
    // group (−3.004049 + 5)/2 = 0.997976; mean (4.622438 + 0.997976)/2 = 2.810207 ≥ 2.5
    expect(r.score).toBeCloseTo((4.622438245728283 + (-3.0040486823805894 + 5) / 2) / 2, 9);
    expect(r.status).toBe('substantial_progress');
    expect(r.targetAchieved).toBe(false);
    expect(r.scored).toBe(2);
  });

  it('is target_achieved only when every scored series achieved its target', () => {
    const done = series(100, 150, 150);
    const unavailable = sdgSeriesProgress({
      base: { year: 2015, value: 10 },
      current: { year: 2020, value: -1 },
      target: null,
      direction: 'increase',
      limit: null,
    });
    expect(sdgIndicator([done, unavailable]).status).toBe('target_achieved');
    expect(sdgIndicator([unavailable]).status).toBe('not_available');
    expect(sdgIndicator([]).score).toBeNull();
  });

  it('maps the mean score to statuses', () => {
    expect(sdgIndicator([series(50, 49, null)]).status).toBe('deterioration');
    // −1.598329 → limited
    expect(sdgIndicator([series(100, 103, 150)]).status).toBe('limited_progress');
    // 0.731305 → moderate
    expect(sdgIndicator([series(100, 110, 150)]).status).toBe('moderate_progress');
  });
});

describe('indicator status from the mean score', () => {
  it('cuts at 2.5, 0 and −2.5', () => {
    expect(statusFromScore(5, false)).toBe('substantial_progress');
    expect(statusFromScore(2.5, false)).toBe('substantial_progress');
    expect(statusFromScore(2.4999, false)).toBe('moderate_progress');
    expect(statusFromScore(0, false)).toBe('moderate_progress');
    expect(statusFromScore(-0.0001, false)).toBe('limited_progress');
    expect(statusFromScore(-2.5, false)).toBe('limited_progress');
    expect(statusFromScore(-2.5001, false)).toBe('deterioration');
    expect(statusFromScore(null, false)).toBe('not_available');
    expect(statusFromScore(-5, true)).toBe('target_achieved');
  });
});
