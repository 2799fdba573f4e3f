/**
 * The evaluation date of project views: a day, today in the office's time zone unless the caller names
 * one. A period is accepted too and stands for its last day (2023 → 2023-12-31, 2023-Q3 → 2023-09-30,
 * 2023-09 → 2023-09-30), so the evaluation report can pass its own `asOf`. Investment is judged at
 * that day's month; milestones and deadlines at the day.
 */

import { fieldError } from '../../contracts/domain-error';
import { isIsoDate, officeToday } from '../../contracts/office-calendar';
import { monthsElapsed, parsePeriod, periodPattern } from '../../core/period';
import type { ServiceContext } from '../context';

function lastDayOf(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function resolveAsOf(ctx: ServiceContext, asOf: string | undefined): string {
  if (asOf === undefined) return officeToday(ctx.clock);
  if (isIsoDate(asOf)) return asOf;
  const period = periodPattern.test(asOf) ? parsePeriod(asOf) : null;
  if (period !== null) return lastDayOf(period.year, monthsElapsed(period));
  throw fieldError(
    'asOf',
    'bad_date',
    `评估日期「${asOf}」无效,应为 YYYY-MM-DD(或期间 2024、2024-Q3、2024-09)`,
    `evaluation date "${asOf}" is not a date; use YYYY-MM-DD (or a period: 2024, 2024-Q3, 2024-09)`,
  );
}
