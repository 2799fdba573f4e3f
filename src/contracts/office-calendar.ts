/**
 * Dates as the offices see them. Due dates are calendar days in China (Asia/Shanghai), whatever the
 * server's own time zone; "overdue" starts the day after the due date.
 */
export const officeTimeZone = 'Asia/Shanghai';

export function officeToday(clock: () => Date, timeZone = officeTimeZone): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(clock());
}

export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}
