import { describe, expect, it } from 'vitest';
import {
  normaliseNumber,
  parseNumber,
  percentError,
  reportBody,
  validateReport,
  valueError,
} from './report-validation';

describe('report validation', () => {
  it('reads numbers as people type them, full-width and grouped included', () => {
    expect(parseNumber('34.1')).toBe(34.1);
    expect(parseNumber(' ３４．１ ')).toBe(34.1);
    expect(parseNumber('1,234.5')).toBe(1234.5);
    expect(parseNumber('－2')).toBe(-2);
    expect(parseNumber('')).toBeUndefined();
    expect(parseNumber('abc')).toBeNaN();
    expect(parseNumber('1.2.3')).toBeNaN();
    expect(normaliseNumber('1，000')).toBe('1000');
  });

  it('refuses what is not a finite number within range', () => {
    expect(valueError('abc')).toBe('notNumber');
    expect(valueError('1e400')).toBe('tooLarge');
    expect(valueError('2e15')).toBe('tooLarge');
    expect(valueError('34.1')).toBeNull();
    expect(valueError('')).toBeNull();
  });

  it('keeps progress within 0–100', () => {
    expect(percentError('101')).toBe('percentRange');
    expect(percentError('-1')).toBe('percentRange');
    expect(percentError('100')).toBeNull();
    expect(percentError('0')).toBeNull();
  });

  it('asks for a value and a measure before an indicator is submitted, not before a draft', () => {
    expect(validateReport('indicator', { measure: null, value: '' }, false)).toEqual({});
    expect(validateReport('indicator', { measure: null, value: '' }, true)).toEqual({
      value: 'valueRequired',
      measure: 'measureRequired',
    });
    expect(validateReport('indicator', { measure: 'level', value: 'x' }, true)).toEqual({
      value: 'notNumber',
    });
  });

  it('asks for a narrative before a task is submitted', () => {
    expect(validateReport('task', { progressPercent: '50', narrative: ' ' }, true)).toEqual({
      narrative: 'narrativeRequired',
    });
    expect(validateReport('task', { progressPercent: '50', narrative: '完成主体工程' }, true)).toEqual({});
  });

  it('asks for the year-to-date investment and the 形象进度 before a project is submitted', () => {
    expect(validateReport('project', { value: '', narrative: '' }, false)).toEqual({});
    expect(validateReport('project', { value: '', narrative: ' ' }, true)).toEqual({
      value: 'investmentRequired',
      narrative: 'imageProgressRequired',
    });
    expect(validateReport('project', { value: '816', narrative: '主体封顶' }, true)).toEqual({});
  });

  it('sends parsed numbers and nulls for empty fields', () => {
    expect(reportBody('indicator', { measure: 'level', value: '３４．１', narrative: '' })).toEqual({
      measure: 'level',
      value: 34.1,
      narrative: null,
    });
    expect(reportBody('task', { progressPercent: '', narrative: ' 开工 ' })).toEqual({
      progressPercent: null,
      narrative: '开工',
    });
    expect(reportBody('project', { value: '８１６', narrative: ' 主体封顶 ' })).toEqual({
      measure: 'ytd',
      value: 816,
      narrative: '主体封顶',
    });
  });
});
