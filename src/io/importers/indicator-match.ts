/**
 * Finds the plan indicator a table row means, by code or by name. Names are compared exactly, then
 * normalised (full-width → half-width, no spaces, no trailing unit in brackets: 地区生产总值(亿元) is
 * 地区生产总值). When a name fits several indicators and exactly one is in table 1 — a prose target
 * that restates a table-1 indicator, like the Hebi plan's two 地区生产总值 — the table-1 one is meant.
 */
import type { Bilingual } from '../../contracts/issue';
import type { PackageIndicator } from '../../contracts/plan-package';
import { halfWidth } from '../numbers/half-width';

export type IndicatorMatch =
  | { ok: true; indicator: PackageIndicator }
  | { ok: false; code: string; message: Bilingual };

export function normaliseName(name: string): string {
  return halfWidth(name)
    .replace(/\s+/g, '')
    .replace(/[([][^)\]]*[)\]]$/, '');
}

export class IndicatorIndex {
  private readonly byCode = new Map<string, PackageIndicator>();
  private readonly byCodeLoose = new Map<string, PackageIndicator>();
  private readonly byName = new Map<string, PackageIndicator[]>();
  private readonly byNormalisedName = new Map<string, PackageIndicator[]>();

  constructor(indicators: readonly PackageIndicator[]) {
    for (const ind of indicators) {
      this.byCode.set(ind.code, ind);
      this.byCodeLoose.set(ind.code.toUpperCase(), ind);
      push(this.byName, ind.name, ind);
      push(this.byNormalisedName, normaliseName(ind.name), ind);
    }
  }

  byCodeText(text: string): IndicatorMatch {
    const code = halfWidth(text).trim();
    const found = this.byCode.get(code) ?? this.byCodeLoose.get(code.toUpperCase());
    if (found) return { ok: true, indicator: found };
    return {
      ok: false,
      code: 'indicator_not_found',
      message: {
        zh: `规划中没有编号为「${code}」的指标`,
        en: `the plan has no indicator with code "${code}"`,
      },
    };
  }

  byNameText(text: string): IndicatorMatch {
    const exact = this.byName.get(text.trim());
    const candidates = exact?.length ? exact : (this.byNormalisedName.get(normaliseName(text)) ?? []);
    if (candidates.length === 0) {
      return {
        ok: false,
        code: 'indicator_not_found',
        message: {
          zh: `规划中没有名为「${text.trim()}」的指标`,
          en: `the plan has no indicator named "${text.trim()}"`,
        },
      };
    }
    const table1 = candidates.filter((c) => c.source === 'table1');
    const chosen = candidates.length === 1 ? candidates[0] : table1.length === 1 ? table1[0] : undefined;
    if (chosen) return { ok: true, indicator: chosen };
    const codes = candidates.map((c) => c.code).join('、');
    return {
      ok: false,
      code: 'indicator_ambiguous',
      message: {
        zh: `名称「${text.trim()}」对应多个指标(${codes}),请填写指标编号`,
        en: `the name "${text.trim()}" fits several indicators (${codes}); give the indicator code`,
      },
    };
  }

  /** True when the written name is a fair name for the indicator (exact or normalised). */
  nameFits(text: string, indicator: PackageIndicator): boolean {
    return text.trim() === indicator.name || normaliseName(text) === normaliseName(indicator.name);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
