/** Why an indicator is not assessable — stable wording shown next to 无法评估 (evaluation.md §Status). */
import type { Bilingual } from './evaluation-result';

export const reasons = {
  phraseTarget: {
    zh: '目标为定性表述,未关联可计算的数据',
    en: 'the target is a phrase with nothing to compute against',
  },
  assignedWithoutTargets: {
    zh: '按省市下达目标,尚未录入年度目标',
    en: 'target assigned from above, annual targets not entered yet',
  },
  flatCompound: {
    zh: '基数与目标相同,复合增长路径无定义',
    en: 'the baseline equals the target: there is no compound growth path',
  },
  nonPositiveCompound: {
    zh: '基数或目标不为正数,无法按复合增长(对数)计算',
    en: 'the baseline or target is not positive: the compound path needs logarithms',
  },
  againstDirection: {
    zh: '基数到目标的变化方向与指标方向相反',
    en: 'the change from baseline to target runs against the indicator’s direction',
  },
  comparatorAgainstDirection: {
    zh: '目标比较方式与指标方向矛盾(“以上”须为正向指标,“以下”须为逆向指标)',
    en: 'the comparator contradicts the direction (≥ needs an increasing, ≤ a decreasing indicator)',
  },
  targetYearNotAfterBase: {
    zh: '目标年份不晚于基年',
    en: 'the target year is not after the baseline year',
  },
  singlePoint: {
    zh: '规划未给基数且仅有一个数据点,无法计算进度',
    en: 'no baseline in the plan and a single data point: progress needs two',
  },
  outOfRange: {
    zh: '数值超出公式可计算范围',
    en: 'the numbers leave the formula’s domain',
  },
  noUsableMeasure: {
    zh: '已有数据的统计口径不适用于此类指标',
    en: 'the observations’ measures do not fit this kind of indicator',
  },
  zeroExpected: {
    zh: '应达值为0,无法计算进度比',
    en: 'the expected value is 0: no ratio can be computed',
  },
  noRelated: {
    zh: '未关联对比指标',
    en: 'no related indicator is linked',
  },
  relatedNoData: {
    zh: '对比指标在同一时期暂无可比数据',
    en: 'the related indicator has no comparable data for the same period',
  },
} as const satisfies Record<string, Bilingual>;

export function noAnnualTarget(year: number): Bilingual {
  return { zh: `尚无${year}年目标`, en: `no target for ${year}` };
}
