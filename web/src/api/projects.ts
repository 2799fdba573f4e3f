/**
 * 重大项目库: the library, pipeline, summary, warnings, one project with its histories, and every write
 * of docs/projects.md §8 (attributes, stage, annual plan, investment, milestones, 督办).
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  milestoneSchema,
  problemAssignSchema,
  projectChangeSchema,
  stageMoveSchema,
} from '../../../src/contracts/project-api';
import { api, withQuery } from './client';
import type {
  MilestoneView,
  Pipeline,
  ProblemDetail,
  ProblemView,
  ProjectCodeLists,
  ProjectDetail,
  ProjectList,
  ProjectRevisionView,
  ProjectsSummary,
  ProjectView,
  ProjectWarningList,
} from './types';
import { useWrite } from './write';

const projects = (plan: string) => `/api/plans/${encodeURIComponent(plan)}/projects`;
const project = (plan: string, code: string) => `${projects(plan)}/${encodeURIComponent(code)}`;

/** The library's filters (GET …/projects query), each optional. */
export interface ProjectFilter {
  stage?: string;
  column?: string;
  chain?: string;
  park?: string;
  unit?: string;
  q?: string;
}

export function useProjectCodes() {
  return useQuery({
    queryKey: ['project-codes'],
    queryFn: () => api.get<ProjectCodeLists>('/api/project-codes'),
    staleTime: 60 * 60_000,
  });
}

export function useProjects(plan: string, asOf: string | null, filter: ProjectFilter = {}, enabled = true) {
  return useQuery({
    queryKey: ['projects', plan, asOf, filter],
    queryFn: () => api.get<ProjectList>(withQuery(projects(plan), { asOf, ...filter })),
    enabled,
  });
}

export function useProjectPipeline(plan: string, asOf: string | null) {
  return useQuery({
    queryKey: ['project-pipeline', plan, asOf],
    queryFn: () => api.get<Pipeline>(withQuery(`${projects(plan)}/pipeline`, { asOf })),
  });
}

export const projectSummaryQuery = (plan: string, asOf: string | null) =>
  queryOptions({
    queryKey: ['project-summary', plan, asOf],
    queryFn: () => api.get<ProjectsSummary>(withQuery(`${projects(plan)}/summary`, { asOf })),
  });

export function useProjectSummary(plan: string, asOf: string | null) {
  return useQuery(projectSummaryQuery(plan, asOf));
}

export function useProjectWarnings(plan: string, asOf: string | null) {
  return useQuery({
    queryKey: ['project-warnings', plan, asOf],
    queryFn: () => api.get<ProjectWarningList>(withQuery(`${projects(plan)}/warnings`, { asOf })),
  });
}

export function useProject(plan: string, code: string, asOf: string | null) {
  return useQuery({
    queryKey: ['project', plan, code, asOf],
    queryFn: () => api.get<ProjectDetail>(withQuery(project(plan, code), { asOf })),
    enabled: code !== '',
  });
}

export function useProjectRevisions(plan: string, code: string, enabled: boolean) {
  return useQuery({
    queryKey: ['project-revisions', plan, code],
    queryFn: () => api.get<ProjectRevisionView[]>(`${project(plan, code)}/revisions`),
    enabled,
  });
}

export function useProblem(id: number | null, asOf: string | null) {
  return useQuery({
    queryKey: ['project-problem', id, asOf],
    queryFn: () => api.get<ProblemDetail>(withQuery(`/api/project-problems/${id}`, { asOf })),
    enabled: id !== null,
  });
}

export type ProjectChange = z.input<typeof projectChangeSchema>;
export type StageMove = z.input<typeof stageMoveSchema>;

export function useUpdateProject(plan: string, code: string) {
  return useWrite((body: ProjectChange) => api.patch<ProjectView>(project(plan, code), body));
}

export function useMoveStage(plan: string, code: string) {
  return useWrite((body: StageMove) => api.post<ProjectView>(`${project(plan, code)}/stage`, body));
}

export function useSetAnnualPlan(plan: string, code: string) {
  return useWrite(({ year, ...body }: { year: number; value: number; reason: string }) =>
    api.put<unknown>(`${project(plan, code)}/annual-plans/${year}`, body),
  );
}

export function useRecordInvestment(plan: string, code: string) {
  return useWrite(
    (body: {
      period: string;
      value: number;
      progress: string | null;
      reason: string;
      expectedRevision: number;
    }) => api.post<unknown>(`${project(plan, code)}/investment`, body),
  );
}

export function useAddMilestone(plan: string, code: string) {
  return useWrite((body: z.input<typeof milestoneSchema>) =>
    api.post<MilestoneView>(`${project(plan, code)}/milestones`, body),
  );
}

export function useCompleteMilestone() {
  return useWrite(({ id, ...body }: { id: number; version: number; actualOn: string; note: string | null }) =>
    api.post<MilestoneView>(`/api/project-milestones/${id}/complete`, body),
  );
}

export function useRaiseProblem(plan: string, code: string) {
  return useWrite((body: { category: string; description: string }) =>
    api.post<ProblemView>(`${project(plan, code)}/problems`, body),
  );
}

export function useAssignProblem() {
  return useWrite(({ id, ...body }: z.input<typeof problemAssignSchema> & { id: number }) =>
    api.post<ProblemView>(`/api/project-problems/${id}/assign`, body),
  );
}

export function useRespondProblem() {
  return useWrite(({ id, ...body }: { id: number; version: number; text: string }) =>
    api.post<ProblemView>(`/api/project-problems/${id}/respond`, body),
  );
}

export function useCloseProblem() {
  return useWrite(({ id, ...body }: { id: number; version: number; note: string }) =>
    api.post<ProblemView>(`/api/project-problems/${id}/close`, body),
  );
}

/** Where the library's Excel ledger downloads from. */
export function projectExportUrl(plan: string, asOf: string | null): string {
  return withQuery(`${projects(plan)}/export.xlsx`, { asOf });
}
