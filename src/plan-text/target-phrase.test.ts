import { describe, expect, it } from 'vitest';
import { parseTargetPhrase } from './target-phrase';

describe('parseTargetPhrase', () => {
  it.each([
    // the cells of the Hebi table 1 as written
    ['160', { value: 160, comparator: null }],
    ['>25', { value: 25, comparator: 'ge' }],
    ['>13', { value: 13, comparator: 'ge' }],
    ['14左右', { value: 14, comparator: 'approx' }],
    ['5左右', { value: 5, comparator: 'approx' }],
    // the chapter prose
    ['突破400亿元', { value: 400, comparator: 'ge', unit: '亿元' }],
    ['超过25%', { value: 25, comparator: 'ge', unit: '%' }],
    ['达到3.6%以上', { value: 3.6, comparator: 'ge', unit: '%' }],
    ['40个以上', { value: 40, comparator: 'ge', unit: '个' }],
    ['控制在5%左右', { value: 5, comparator: 'approx', unit: '%' }],
    ['控制在3%以内', { value: 3, comparator: 'le', unit: '%' }],
    ['不高于0.5', { value: 0.5, comparator: 'le' }],
    ['约360亿元', { value: 360, comparator: 'approx', unit: '亿元' }],
    ['达到15万元以上', { value: 15, comparator: 'ge', unit: '万元' }],
    ['达到1.95万人', { value: 1.95, comparator: null, unit: '万人' }],
  ])('%s', (text, expected) => {
    expect(parseTargetPhrase(text)).toMatchObject(expected);
  });

  it('reads [] as a five-year total', () => {
    expect(parseTargetPhrase('[1.275]')).toEqual({
      value: 1.275,
      comparator: null,
      range: null,
      cumulative: true,
      unit: null,
    });
  });

  it('reads a footnote mark after the figure as a footnote (〔14〕* of a table row)', () => {
    expect(parseTargetPhrase('〔14〕*')).toEqual(parseTargetPhrase('〔14〕'));
    expect(parseTargetPhrase('〔14〕*').value).toBe(14);
  });

  it('reads a range as its lower bound with the range kept', () => {
    expect(parseTargetPhrase('3-4家')).toEqual({
      value: 3,
      comparator: 'ge',
      range: [3, 4],
      cumulative: false,
      unit: '家',
    });
    expect(parseTargetPhrase('2-2.5公里')).toMatchObject({ range: [2, 2.5], unit: '公里' });
  });

  it('normalises full-width digits and thousands separators', () => {
    expect(parseTargetPhrase('＞２５')).toMatchObject({ value: 25, comparator: 'ge' });
    expect(parseTargetPhrase('１２３．４')).toMatchObject({ value: 123.4 });
    expect(parseTargetPhrase('1,200万元')).toMatchObject({ value: 1200, unit: '万元' });
  });

  it('returns no value for phrase-only targets', () => {
    for (const text of ['按省市下达目标', '与经济增长基本同步', '低于全市平均水平', '']) {
      expect(parseTargetPhrase(text).value).toBeNull();
    }
  });

  it('reads the target forms of issue 16 as the national 14th plan writes them', () => {
    expect(parseTargetPhrase('10.5%以上')).toMatchObject({ value: 10.5, comparator: 'ge', unit: '%' });
    expect(parseTargetPhrase('1.45万亿斤左右')).toMatchObject({
      value: 1.45,
      comparator: 'approx',
      unit: '万亿斤',
    });
    expect(parseTargetPhrase('27微克/立方米以下')).toMatchObject({ value: 27, comparator: 'le' });
    expect(parseTargetPhrase('〔13.5〕')).toMatchObject({ value: 13.5, cumulative: true });
    expect(parseTargetPhrase('提高〔1〕岁')).toMatchObject({
      value: 1,
      comparator: 'ge',
      increment: true,
      unit: '岁',
    });
    expect(parseTargetPhrase('提高到80岁')).toMatchObject({ value: 80, comparator: null, unit: '岁' });
    expect(parseTargetPhrase('保持在5.5%以内')).toMatchObject({ value: 5.5, comparator: 'le' });
    expect(parseTargetPhrase(">7、力争投入强度高于'十三五'时期实际")).toMatchObject({
      value: 7,
      comparator: 'ge',
      aspiration: { text: "力争投入强度高于'十三五'时期实际", value: null },
    });
    expect(parseTargetPhrase('约等于5')).toMatchObject({ value: null, comparator: null });
  });
});
