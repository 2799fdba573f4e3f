/**
 * 评估报告: the office's narrative sections (存在问题, 下一步建议) kept as revisions, and where the
 * report itself downloads from (docx, pdf) or opens (html).
 */
import { useQuery } from '@tanstack/react-query';
import { api, withQuery } from './client';
import type { NarrativeView, ReportKindName } from './types';
import { useWrite } from './write';

export type ReportFormat = 'docx' | 'pdf' | 'html';
export type ReportLang = 'zh' | 'en';

const base = (plan: string) => `/api/plans/${encodeURIComponent(plan)}/report`;

export function useNarrative(plan: string, kind: ReportKindName, asOf: string) {
  return useQuery({
    queryKey: ['narrative', plan, kind, asOf],
    queryFn: () => api.get<NarrativeView>(withQuery(`${base(plan)}/narrative`, { asOf, kind })),
  });
}

export interface NarrativeInput {
  asOf: string;
  kind: ReportKindName;
  problems: string;
  nextSteps: string;
  expectedRevision: number;
}

export function useSaveNarrative(plan: string) {
  return useWrite((body: NarrativeInput) => api.put<NarrativeView>(`${base(plan)}/narrative`, body));
}

export function reportUrl(
  plan: string,
  options: { asOf: string; kind: ReportKindName; lang: ReportLang; format: ReportFormat },
): string {
  return withQuery(base(plan), options);
}
