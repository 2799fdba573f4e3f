/**
 * Today in China (Asia/Shanghai), the calendar due dates are written in; used only to highlight
 * what is overdue — the server's own lists decide.
 */
export function officeToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

export const editableStatuses = ['pending', 'draft', 'returned'] as const;

export function isEditable(status: string): boolean {
  return (editableStatuses as readonly string[]).includes(status);
}
