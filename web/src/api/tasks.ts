/**
 * 重点任务: the list, board, my tasks, one task, and the writes of docs/tasks.md §6 (the lead unit's
 * report, review, co-units' parts, the office's judgement, 督办单).
 */
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  DivisionApply,
  DivisionCheck,
  SupervisionView,
  TaskBoardResponse,
  TaskDetailResponse,
  TaskListResponse,
  TaskReportView,
  taskReportSchema,
} from '../../../src/contracts/task-api';
import { api, request, withQuery } from './client';
import { useWrite } from './write';

export type {
  DivisionCheck,
  SupervisionView,
  TaskBoardResponse,
  TaskDetailResponse,
  TaskListResponse,
  TaskReportView,
};
export type TaskView = TaskListResponse['tasks'][number];
export type TaskReportBody = z.input<typeof taskReportSchema>;

const tasks = (plan: string) => `/api/plans/${encodeURIComponent(plan)}/tasks`;
const task = (plan: string, code: string) => `${tasks(plan)}/${encodeURIComponent(code)}`;

export interface TaskFilter {
  chapter?: string;
  unit?: string;
  light?: string;
  status?: string;
}

export function useTasks(plan: string, filter: TaskFilter = {}) {
  return useQuery({
    queryKey: ['tasks', plan, filter],
    queryFn: () => api.get<TaskListResponse>(withQuery(tasks(plan), { ...filter })),
  });
}

export function useTaskBoard(plan: string) {
  return useQuery({
    queryKey: ['task-board', plan],
    queryFn: () => api.get<TaskBoardResponse>(`${tasks(plan)}/board`),
  });
}

export function useMyTasks(plan: string) {
  return useQuery({
    queryKey: ['my-tasks', plan],
    queryFn: () => api.get<TaskListResponse>(`${tasks(plan)}/mine`),
  });
}

export function useTask(plan: string, code: string) {
  return useQuery({
    queryKey: ['task', plan, code],
    queryFn: () => api.get<TaskDetailResponse>(task(plan, code)),
  });
}

export function useSaveTaskReport(plan: string, code: string) {
  return useWrite(({ period, ...body }: TaskReportBody & { period: string }) =>
    api.put<TaskReportView>(`${task(plan, code)}/reports/${period}`, body),
  );
}

export function useReviewTaskReport(plan: string, code: string) {
  return useWrite(
    ({
      period,
      action,
      ...body
    }: {
      period: string;
      action: 'approve' | 'return';
      revision: number;
      comment: string | null;
    }) => api.post<TaskReportView>(`${task(plan, code)}/reports/${period}/${action}`, body),
  );
}

export function useContribute(plan: string, code: string) {
  return useWrite(({ period, text }: { period: string; text: string }) =>
    api.post<unknown>(`${task(plan, code)}/contributions/${period}`, { text }),
  );
}

export function useJudge(plan: string, code: string) {
  return useWrite(({ period, ...body }: { period: string; status: string; reason: string }) =>
    api.post<unknown>(`${task(plan, code)}/judgements/${period}`, body),
  );
}

export function useIssueSupervision(plan: string, code: string) {
  return useWrite((body: { text: string; replyDue: string }) =>
    api.post<SupervisionView>(`${task(plan, code)}/supervisions`, body),
  );
}

export function useSupervisionStep() {
  return useWrite(
    ({
      id,
      step,
      ...body
    }: {
      id: number;
      step: 'reply' | 'extend' | 'close';
      version: number;
      text?: string;
      replyDue?: string;
      reason?: string;
    }) => api.post<SupervisionView>(`/api/task-supervisions/${id}/${step}`, body),
  );
}

export const divisionUrl = (plan: string) => `${tasks(plan)}/division.xlsx`;

/** Checks an uploaded 分工方案 against the library, row by row (nothing is stored). */
export function useDivisionCheck(plan: string) {
  return useWrite((file: File) => {
    const form = new FormData();
    form.append('file', file);
    return request<DivisionCheck>('POST', `${tasks(plan)}/division/check`, form);
  });
}

/** Applies an uploaded 分工方案 with the office's reason: every changed task takes a new revision. */
export function useDivisionApply(plan: string) {
  return useWrite(({ file, reason }: { file: File; reason: string }) => {
    const form = new FormData();
    form.append('file', file);
    return request<DivisionApply>('POST', withQuery(`${tasks(plan)}/division/apply`, { reason }), form);
  });
}
