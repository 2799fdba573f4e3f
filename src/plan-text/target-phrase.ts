/**
 * Reads a target as plans write it — ">25", "5左右", "[1.275]", "突破400亿元", "3-4家", "控制在5%以内" —
 * into a value and a comparator. Used to check that a package's comparator agrees with its text and,
 * when drafting a package from plan text, to propose targets.
 */
import type { Comparator } from '../core/model';

export interface ParsedTarget {
  /** The number the phrase states; the lower bound of a range. null for phrase-only targets. */
  value: number | null;
  /** null when the phrase gives a bare number (达到): the direction of the indicator decides. */
  comparator: Comparator | null;
  /** "3-4家" → [3, 4]. */
  range: [number, number] | null;
  /** "[1.275]": a five-year total. */
  cumulative: boolean;
  /** The unit written after the number, if any ("亿元", "%", "家"). */
  unit: string | null;
  /** "提高〔1〕岁", "提高1岁": an increment of the baseline (value is then the increment). */
  increment?: boolean;
  /** ">7、力争8以上": the aspirational part after 、力争 (its own parse, text as written). */
  aspiration?: { text: string; value: number | null; comparator: Comparator | null };
}

/** Full-width digits and signs (１２３．４, ＞) as Chinese office software types them. */
export function normaliseWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode((ch.codePointAt(0) ?? 0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

const number = String.raw`(\d+(?:\.\d+)?)`;
const unitPart = String.raw`([^\d\s\[\]<>≥≤~\-–—至以左约]*)`;

const geWords = /^(突破|超过|不低于|不少于|达到|力争达到)/;
const leWords = /^(控制在|不高于|不超过|低于|小于)/;

export function parseTargetPhrase(input: string): ParsedTarget {
  let text = normaliseWidth(input)
    .replace(/\s+/g, '')
    .replace(/,/g, '')
    .replace(/〔/g, '[')
    .replace(/〕/g, ']')
    // A trailing * or ＊ marks the table's footnote (〔14〕*), not part of the target.
    .replace(/[*＊]+$/, '');
  const empty: ParsedTarget = { value: null, comparator: null, range: null, cumulative: false, unit: null };

  // A composite target: the binding part, then 、力争… (or ,力争…) as the aspiration.
  const composite = /^(.+?)[、;;]?(力争.+)$/.exec(text);
  if (composite?.[1] && composite[2] && !/^力争/.test(text)) {
    const aspiration = parseTargetPhrase(composite[2].replace(/^力争/, ''));
    return {
      ...parseTargetPhrase(composite[1]),
      aspiration: { text: composite[2], value: aspiration.value, comparator: aspiration.comparator },
    };
  }

  // 提高〔1〕岁 / 提高1岁 / 增加〔2〕个百分点: an increment of the baseline; 提高到80岁 is a level.
  const increment = /^(提高|增加|提升)(?!到|至)(.+)$/.exec(text);
  if (increment?.[2]) {
    const inner = parseTargetPhrase(increment[2].replace(/[[\]]/g, ''));
    return inner.value === null ? empty : { ...inner, comparator: 'ge', cumulative: false, increment: true };
  }
  // 年增10%, 年均增长8%: a growth per year, the number is the rate.
  text = text.replace(/^(年均增长|年增长|年均增|年增|每年增长)/, '');
  text = text.replace(/^(提高到|提高至|提升到|提升至|保持在|稳定在)/, (m) =>
    m.startsWith('保持') || m.startsWith('稳定') ? '' : '达到',
  );

  const cumulative = /^\[(.+)\]$/.exec(text);
  if (cumulative?.[1]) return { ...parseTargetPhrase(cumulative[1]), cumulative: true };

  let comparator: Comparator | null = null;
  if (/^(>|≥|>=)/.test(text)) {
    comparator = 'ge';
    text = text.replace(/^(>=|>|≥)/, '');
  } else if (/^(<|≤|<=)/.test(text)) {
    comparator = 'le';
    text = text.replace(/^(<=|<|≤)/, '');
  } else if (/^约/.test(text)) {
    comparator = 'approx';
    text = text.slice(1);
  } else if (geWords.test(text)) {
    // "达到" alone is a bare target; "达到…以上" becomes ge through the suffix below
    comparator = /^(达到|力争达到)/.test(text) ? null : 'ge';
    text = text.replace(geWords, '');
  } else if (leWords.test(text)) {
    comparator = 'le';
    text = text.replace(leWords, '');
  }

  const range = new RegExp(`^${number}[-–—~至]${number}${unitPart}$`).exec(text);
  if (range?.[1] && range[2]) {
    const low = Number(range[1]);
    return {
      value: low,
      comparator: 'ge',
      range: [low, Number(range[2])],
      cumulative: false,
      unit: range[3] || null,
    };
  }

  const single = new RegExp(`^${number}${unitPart}(以上|以下|以内|左右)?$`).exec(text);
  if (!single?.[1]) return empty;
  const suffix = single[3];
  if (suffix === '以上') comparator = 'ge';
  else if (suffix === '以下' || suffix === '以内') comparator = 'le';
  else if (suffix === '左右') comparator = 'approx';
  return { value: Number(single[1]), comparator, range: null, cumulative: false, unit: single[2] || null };
}
