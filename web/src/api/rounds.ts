/**
 * 轮次管理: rounds, completion by unit, open, remind, extend, close.
 */
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Round, UnitProgress } from './types';
import { useWrite } from './write';

export interface OpenRoundInput {
  name: string;
  period: string;
  opensOn: string;
  dueOn: string;
  itemTypes: ('indicator' | 'task' | 'project')[];
  /** Only these items (codes); null or empty: every assigned item of the chosen types. */
  itemCodes?: string[] | null;
  /** Only these units (codes); null or empty: every unit with an assignment. */
  units?: string[] | null;
}

export function useRounds(plan: string) {
  return useQuery({
    queryKey: ['rounds', plan],
    queryFn: () => api.get<Round[]>(`/api/plans/${encodeURIComponent(plan)}/rounds`),
  });
}

export function useRoundProgress(id: number | null) {
  return useQuery({
    queryKey: ['round-progress', id],
    queryFn: () => api.get<UnitProgress[]>(`/api/rounds/${id}/progress`),
    enabled: id !== null,
  });
}

export function useOpenRound(plan: string) {
  return useWrite((body: OpenRoundInput) =>
    api.post<Round>(`/api/plans/${encodeURIComponent(plan)}/rounds`, body),
  );
}

export function useRemind() {
  return useWrite(({ id, unit }: { id: number; unit: string }) =>
    api.post<void>(`/api/rounds/${id}/remind`, { unit }),
  );
}

export function useExtend() {
  return useWrite(({ id, ...body }: { id: number; dueOn: string; unit?: string }) =>
    api.post<void>(`/api/rounds/${id}/extend`, body),
  );
}

export function useCloseRound() {
  return useWrite(({ id, version }: { id: number; version: number }) =>
    api.post<void>(`/api/rounds/${id}/close`, { version }),
  );
}
