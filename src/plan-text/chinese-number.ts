/**
 * Chinese numerals as plans write them: 第十二章, 专栏十五, 第一百零二条, 三个, 两千亿级, 二〇三五年.
 */
const digits: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const units: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export const chineseNumeralClass = '零〇一二两三四五六七八九十百千';

/** 十二 → 12, 一百零二 → 102, 二〇三五 (digit by digit) → 2035, 12 → 12; null when not a number. */
export function parseChineseNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (!text || [...text].some((ch) => !(ch in digits) && !(ch in units))) return null;
  if (![...text].some((ch) => ch in units)) {
    // written digit by digit, as years are: 二〇三五
    return Number([...text].map((ch) => digits[ch]).join(''));
  }
  let total = 0;
  let current = 0;
  for (const ch of text) {
    const digit = digits[ch];
    const unit = units[ch];
    if (digit !== undefined) current = digit;
    else if (unit !== undefined) {
      total += (current === 0 && total === 0 ? 1 : current) * unit;
      current = 0;
    }
  }
  return total + current;
}
