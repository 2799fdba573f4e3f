/**
 * The code lists of the project library (docs/projects.md §2): industry chain (产业链), 建设性质,
 * 投资主体 and the categories of problems to co-ordinate (需协调事项). Stored as codes, shown by name.
 */
import type { Bilingual } from './evaluation-result';

export const industryChains = [
  'auto_electronics',
  'optoelectronics',
  'magnesium',
  'services',
  'urban',
  'ecology',
  'other',
] as const;
export type IndustryChain = (typeof industryChains)[number];

export const chainNames: Record<IndustryChain, Bilingual> = {
  auto_electronics: { zh: '汽车电子电器', en: 'automotive electronics' },
  optoelectronics: { zh: '光电子', en: 'optoelectronics' },
  magnesium: { zh: '镁基新材料', en: 'magnesium-based materials' },
  services: { zh: '服务业', en: 'services' },
  urban: { zh: '城建民生', en: 'urban development and livelihood' },
  ecology: { zh: '生态环保', en: 'ecology and environment' },
  other: { zh: '其他', en: 'other' },
};

/** 建设性质. */
export const projectNatures = ['new', 'continued', 'expansion'] as const;
export type ProjectNature = (typeof projectNatures)[number];

export const natureNames: Record<ProjectNature, Bilingual> = {
  new: { zh: '新建', en: 'new' },
  continued: { zh: '续建', en: 'continued' },
  expansion: { zh: '改扩建', en: 'reconstruction or expansion' },
};

/** 投资主体. */
export const investorTypes = ['government', 'market', 'mixed'] as const;
export type InvestorType = (typeof investorTypes)[number];

export const investorNames: Record<InvestorType, Bilingual> = {
  government: { zh: '政府', en: 'government' },
  market: { zh: '市场', en: 'market' },
  mixed: { zh: '混合', en: 'mixed' },
};

/** 存在问题 / 需协调事项. */
export const problemCategories = [
  'land',
  'energy',
  'environment',
  'funds',
  'demolition',
  'permits',
  'other',
] as const;
export type ProblemCategory = (typeof problemCategories)[number];

export const problemCategoryNames: Record<ProblemCategory, Bilingual> = {
  land: { zh: '用地', en: 'land' },
  energy: { zh: '能耗', en: 'energy quota' },
  environment: { zh: '环评', en: 'environmental approval' },
  funds: { zh: '资金', en: 'funds' },
  demolition: { zh: '拆迁', en: 'demolition' },
  permits: { zh: '手续', en: 'permits' },
  other: { zh: '其他', en: 'other' },
};

/** One line listing a code list for error messages: `new 新建、continued 续建…`. */
export function describeCodes(names: Record<string, Bilingual>): Bilingual {
  const entries = Object.entries(names);
  return {
    zh: entries.map(([code, n]) => `${code}(${n.zh})`).join('、'),
    en: entries.map(([code, n]) => `${code} (${n.en})`).join(', '),
  };
}
