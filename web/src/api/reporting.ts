/**
 * 填报 and 审核: the unit's inbox, drafts, submission, evidence, the review queue and its verdicts.
 */
import { useQuery } from '@tanstack/react-query';
import { api, request, withQuery } from './client';
import type { Attachment, InboxItem, Measure, Report, ReportStatus } from './types';
import { useWrite } from './write';

export interface ReportContent {
  measure?: Measure | null;
  value?: number | null;
  progressPercent?: number | null;
  narrative?: string | null;
}

export function useInbox() {
  return useQuery({ queryKey: ['inbox'], queryFn: () => api.get<InboxItem[]>('/api/inbox') });
}

export function useReports(plan: string, status: ReportStatus[]) {
  return useQuery({
    queryKey: ['reports', plan, status],
    queryFn: () =>
      api.get<Report[]>(
        withQuery(`/api/plans/${encodeURIComponent(plan)}/reports`, { status: status.join(',') }),
      ),
  });
}

export function useAttachments(reportId: number) {
  return useQuery({
    queryKey: ['attachments', reportId],
    queryFn: () => api.get<Attachment[]>(`/api/reports/${reportId}/attachments`),
  });
}

type Versioned<T> = T & { id: number; version: number };

export function useSaveDraft() {
  return useWrite(({ id, ...body }: Versioned<ReportContent>) => api.put<Report>(`/api/reports/${id}`, body));
}

export function useSubmitReport() {
  return useWrite(({ id, ...body }: Versioned<ReportContent>) =>
    api.post<Report>(`/api/reports/${id}/submit`, body),
  );
}

export function useUploadEvidence() {
  return useWrite(({ id, file }: { id: number; file: File }) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return request<Attachment>('POST', `/api/reports/${id}/attachments`, form);
  });
}

export function useApprove() {
  return useWrite(({ id, ...body }: Versioned<{ comment: string | null }>) =>
    api.post<Report>(`/api/reports/${id}/approve`, body),
  );
}

export function useReturn() {
  return useWrite(({ id, ...body }: Versioned<{ comment: string }>) =>
    api.post<Report>(`/api/reports/${id}/return`, body),
  );
}
