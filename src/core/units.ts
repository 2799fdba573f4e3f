/**
 * Units of measure that plans state in their indicator tables and columns, with their English names:
 * the one catalogue every figure shown with a unit goes through (explanations, reports, the web app).
 * A unit outside this list is an error in a plan package unless the plan declares it
 * (plan.json `extraUnits`), so a typo such as "亿圆" cannot slip through.
 */
export interface UnitInfo {
  /** As written in the plan: 亿元, %, 家. */
  symbol: string;
  en: string;
  /** Values in % take an approx band in percentage points (evaluation.md: ±0.5 pp). */
  percent: boolean;
}

export const knownUnits: readonly UnitInfo[] = [
  { symbol: '%', en: 'percent', percent: true },
  { symbol: '亿元', en: '100 million yuan', percent: false },
  { symbol: '万元', en: '10,000 yuan', percent: false },
  { symbol: '元', en: 'yuan', percent: false },
  { symbol: '亿美元', en: '100 million US dollars', percent: false },
  { symbol: '万美元', en: '10,000 US dollars', percent: false },
  { symbol: '万元/亩', en: '10,000 yuan per mu', percent: false },
  { symbol: '万元/人', en: '10,000 yuan per person', percent: false },
  { symbol: '元/人', en: 'yuan per person', percent: false },
  { symbol: '家', en: 'enterprises', percent: false },
  { symbol: '个', en: 'items', percent: false },
  { symbol: '件', en: 'pieces', percent: false },
  { symbol: '项', en: 'items', percent: false },
  { symbol: '条', en: 'items', percent: false },
  { symbol: '所', en: 'institutions', percent: false },
  { symbol: '张', en: 'beds', percent: false },
  { symbol: '人', en: 'persons', percent: false },
  { symbol: '万人', en: '10,000 persons', percent: false },
  { symbol: '公里', en: 'km', percent: false },
  { symbol: '平方公里', en: 'km²', percent: false },
  { symbol: '万平方米', en: '10,000 m²', percent: false },
  { symbol: '亩', en: 'mu', percent: false },
  { symbol: '吨', en: 'tonnes', percent: false },
  { symbol: '万吨', en: '10,000 tonnes', percent: false },
  { symbol: '吨标准煤/万元', en: 'tce per 10,000 yuan', percent: false },
  { symbol: '微克/立方米', en: 'µg/m³', percent: false },
  { symbol: '天', en: 'days', percent: false },
  { symbol: '位', en: 'rank', percent: false },
  { symbol: '岁', en: 'years of age', percent: false },
  { symbol: '年', en: 'years', percent: false },
];

const bySymbol = new Map(knownUnits.map((u) => [u.symbol, u]));

/** The unit's description, or undefined when the unit is not known. */
export function unitInfo(symbol: string, extra: readonly UnitInfo[] = []): UnitInfo | undefined {
  return bySymbol.get(symbol) ?? extra.find((u) => u.symbol === symbol);
}

export function isPercentUnit(symbol: string): boolean {
  return symbol === '%' || symbol.endsWith('%');
}

/** The unit's name in a language: 亿元 / 100 million yuan; the plan's own symbol when not catalogued. */
export function unitName(symbol: string, lang: 'zh' | 'en', extra: readonly UnitInfo[] = []): string {
  if (lang === 'zh') return symbol;
  return unitInfo(symbol, extra)?.en ?? symbol;
}

/**
 * What follows a number in each language: 128.6亿元 / 128.6 × 100 million yuan, 61家 / 61 enterprises,
 * % attached in both, nothing without a unit. A scale (亿元, 万人) reads as a multiplier in English; a
 * unit the catalogue does not know keeps its symbol, in brackets.
 */
export function unitAfterNumber(symbol: string, extra: readonly UnitInfo[] = []): { zh: string; en: string } {
  if (symbol === '' || isPercentUnit(symbol)) return { zh: symbol, en: symbol };
  const en = unitInfo(symbol, extra)?.en;
  if (en === undefined) return { zh: symbol, en: ` (${symbol})` };
  return { zh: symbol, en: /^\d/.test(en) ? ` × ${en}` : ` ${en}` };
}
