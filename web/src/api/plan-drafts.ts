/**
 * 新建规划: drafts from an uploaded plan or pasted text, their review (saved as revisions) and
 * publication as the plan's version 1.
 */
import { useQuery } from '@tanstack/react-query';
import type { DraftCandidates, DraftSummary, DraftView } from '../../../src/contracts/plan-draft-api';
import { api, request, withQuery } from './client';
import { useWrite } from './write';

export type { DraftCandidates, DraftView };

export function useDrafts() {
  return useQuery({ queryKey: ['plan-drafts'], queryFn: () => api.get<DraftSummary[]>('/api/plan-drafts') });
}

export function useDraft(id: number) {
  return useQuery({
    queryKey: ['plan-drafts', id],
    queryFn: () => api.get<DraftView>(`/api/plan-drafts/${id}`),
  });
}

export function useDraftUpload() {
  return useWrite(({ file, code }: { file: File; code: string }) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return request<DraftView>('POST', withQuery('/api/plan-drafts', { code: code.trim() }), form);
  });
}

export function useDraftFromText() {
  return useWrite(({ text, code }: { text: string; code: string }) =>
    api.post<DraftView>('/api/plan-drafts/text', { text, ...(code.trim() ? { code: code.trim() } : {}) }),
  );
}

export function useSaveDraft(id: number) {
  return useWrite(
    ({ expectedRevision, candidates }: { expectedRevision: number; candidates: DraftCandidates }) =>
      api.put<DraftView>(`/api/plan-drafts/${id}`, { expectedRevision, candidates }),
  );
}

export function usePublishDraft(id: number) {
  return useWrite((expectedRevision: number) =>
    api.post<{ planCode: string; planId: number; indicators: number }>(`/api/plan-drafts/${id}/publish`, {
      expectedRevision,
    }),
  );
}
