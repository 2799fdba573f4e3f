/**
 * The states of a report (填报) and which of them its unit may still change: one rule for the
 * server's checks, the template upload, the dashboard's count of units behind and the web inbox.
 */
export type ReportStatus = 'pending' | 'draft' | 'submitted' | 'approved' | 'returned';

/** Not yet submitted, or returned by the reviewer: the unit may save, submit or upload again. */
export const editableReportStatuses: readonly ReportStatus[] = ['pending', 'draft', 'returned'];

export function isEditableReport(status: string): boolean {
  return (editableReportStatuses as readonly string[]).includes(status);
}
