import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { parseMeasure } from './parse-measure';

describe('parseMeasure', () => {
  it.each([
    ['当期值', 'level'],
    ['期末值', 'level'],
    ['level', 'level'],
    ['累计值', 'ytd'],
    ['1-9月累计', 'ytd'],
    ['１—１２月累计值', 'ytd'],
    ['同比增速', 'yoy'],
    ['增速', 'yoy'],
    ['累计同比增速', 'ytd_yoy'],
    ['1-9月累计增速', 'ytd_yoy'],
    [' YTD_YOY ', 'ytd_yoy'],
  ])('%s → %s', (text, measure) => {
    expect(parseMeasure(text)).toEqual({ kind: 'measure', measure });
  });

  it('treats blanks as empty and names what it cannot read', () => {
    expect(parseMeasure('  ')).toEqual({ kind: 'empty' });
    expect(parseMeasure(null)).toEqual({ kind: 'empty' });
    const result = parseMeasure('环比');
    expect(result.kind).toBe('error');
    if (result.kind === 'error') expect(result.message.zh).toContain('无法识别的口径「环比」');
  });

  fcTest.prop([fc.anything()])('never throws', (input) => {
    expect(['empty', 'measure', 'error']).toContain(parseMeasure(input).kind);
  });
});
