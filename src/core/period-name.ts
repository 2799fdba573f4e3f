/**
 * Chinese and English names of periods, as reports print them (architecture.md rule 9):
 * 2023年, 2023年第三季度, 2023年9月, and for year-to-date figures 2023年1–9月.
 */
import type { Bilingual } from './evaluation-result';
import { monthsElapsed, type Period } from './period';

const quarterZh = ['一', '二', '三', '四'];
const monthEn = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The period's name. With `yearToDate`, a sub-annual period is named by the months it accumulates
 * (1–9月 for both 2023-Q3 and 2023-09), because that is what a 累计值 or 累计同比 covers.
 */
export function periodName(p: Period, yearToDate = false): Bilingual {
  const months = monthsElapsed(p);
  if (months === 12 && p.quarter === undefined && p.month === undefined) {
    return { zh: `${p.year}年`, en: String(p.year) };
  }
  if (yearToDate) {
    if (months === 1) return { zh: `${p.year}年1月`, en: `Jan ${p.year}` };
    return { zh: `${p.year}年1–${months}月`, en: `Jan–${monthName(months)} ${p.year}` };
  }
  if (p.quarter !== undefined) {
    return { zh: `${p.year}年第${quarterZh[p.quarter - 1] ?? p.quarter}季度`, en: `${p.year} Q${p.quarter}` };
  }
  return { zh: `${p.year}年${months}月`, en: `${monthName(months)} ${p.year}` };
}

function monthName(month: number): string {
  return monthEn[month - 1] ?? String(month);
}
