import { describe, expect, it } from 'vitest';
import { en } from './en';
import { t } from './translate';
import { zhCN } from './zh-CN';

describe('i18n catalogues', () => {
  it('have exactly the same keys in zh-CN and en', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(zhCN[key]));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('zh', 'evaluate.elapsed', { percent: 60 })).toBe('序时进度 60%');
    expect(t('en', 'evaluate.elapsed')).toBe('Time elapsed {{percent}}%');
  });
});
