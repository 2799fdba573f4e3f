/**
 * The 万/亿 rule. A number's unit is what is written after it:
 *
 * - nothing, or the indicator's own unit ("3.2", "3.2亿元" for 亿元) — the number is in the indicator's unit;
 * - 万 or 亿, with or without the base unit ("3.2万", "32000万元", "1.5亿") — that many base units,
 *   converted to the indicator's unit: 32000万元 → 3.2 亿元, 1.5亿 → 15000 万元, 3.2万 → 32000 家;
 * - the base unit alone ("500000元" for 万元) — converted likewise: 50 万元;
 * - any other unit ("5个" for 家), or 万/亿 on a percent indicator — an error.
 *
 * The base unit is the indicator's unit without a leading 万 or 亿 (万元 → 元, 亿美元 → 美元, 万人 → 人).
 * Conversion shifts the decimal exponent, so it is exact.
 */
import type { Bilingual } from '../../contracts/issue';
import { decimalToNumber, type ParsedValue } from './parse-number';

export interface UnitParts {
  prefix: 1 | 1e4 | 1e8;
  base: string;
}

export function unitParts(unit: string): UnitParts {
  const rest = unit.slice(1);
  if (rest.length > 0 && unit.startsWith('万')) return { prefix: 1e4, base: rest };
  if (rest.length > 0 && unit.startsWith('亿')) return { prefix: 1e8, base: rest };
  return { prefix: 1, base: unit };
}

export type ScaledNumber =
  | { ok: true; value: number; converted: boolean }
  | { ok: false; message: Bilingual };

export function scaleToUnit(parsed: ParsedValue, unit: string): ScaledNumber {
  const { prefix, base } = unitParts(unit);
  const { magnitude, unitText } = parsed;
  const percentUnit = unit === '%' || unit.endsWith('%');
  if (percentUnit && magnitude !== 1) {
    return {
      ok: false,
      message: {
        zh: `百分比指标的数值不能带“万”或“亿”`,
        en: 'a percentage cannot carry 万 (10⁴) or 亿 (10⁸)',
      },
    };
  }
  const inIndicatorUnit = magnitude === 1 && (unitText === '' || unitText === unit);
  if (inIndicatorUnit) return { ok: true, value: decimalToNumber(parsed.decimal), converted: false };
  if (unitText !== '' && unitText !== base) {
    return {
      ok: false,
      message: {
        zh: `单位「${unitText}」与指标单位「${unit}」不符`,
        en: `unit "${unitText}" does not match the indicator's unit "${unit}"`,
      },
    };
  }
  const value = decimalToNumber(parsed.decimal, Math.log10(magnitude) - Math.log10(prefix));
  if (!Number.isFinite(value)) {
    return { ok: false, message: { zh: '换算后数值超出范围', en: 'the converted value is out of range' } };
  }
  return { ok: true, value: value === 0 ? 0 : value, converted: true };
}
