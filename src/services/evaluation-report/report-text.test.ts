import { describe, expect, it } from 'vitest';
import { splitDescription } from './report-input-from-package';
import { reportTextZh } from './report-text';
import { reportTextEn } from './report-text-en';
import { rt } from './translate-report';

describe('report phrases', () => {
  it('have the same keys and placeholders in Chinese and English', () => {
    expect(Object.keys(reportTextEn).sort()).toEqual(Object.keys(reportTextZh).sort());
    const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(reportTextZh) as (keyof typeof reportTextZh)[]) {
      expect(placeholders(reportTextEn[key]), key).toEqual(placeholders(reportTextZh[key]));
    }
  });

  it('fills placeholders', () => {
    expect(rt('zh', 'chart.caption', { no: 3, name: '地区生产总值', unit: '亿元' })).toBe(
      '图3 地区生产总值(亿元)',
    );
  });

  it('splits a package description written Chinese first, then English', () => {
    expect(
      splitDescription(
        '仅收录《纲要》本身写明的数值,每条注明出处。Only figures stated in the plan (table 1).',
      ),
    ).toEqual({
      description: '仅收录《纲要》本身写明的数值,每条注明出处。',
      descriptionEn: 'Only figures stated in the plan (table 1).',
    });
    expect(splitDescription('只有中文。')).toEqual({
      description: '只有中文。',
      descriptionEn: '只有中文。',
    });
  });
});
