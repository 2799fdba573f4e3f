/**
 * Direct ledger entry by the plan office, restore of a revision by an administrator, and publication
 * of the plan on the public portal.
 */
import { api } from './client';
import type { LedgerEntry, Measure } from './types';
import { useWrite } from './write';

const plan = (code: string) => `/api/plans/${encodeURIComponent(code)}`;

export interface ValueInput {
  period: string;
  measure: Measure;
  value: number;
  reason: string;
  source: string | null;
  /** The revision of (period, measure) in the reported layer the person saw; 0 when none. */
  expectedRevision: number;
}

export function useRecordValue(code: string, indicator: string) {
  return useWrite((body: ValueInput) =>
    api.post<LedgerEntry>(`${plan(code)}/indicators/${encodeURIComponent(indicator)}/values`, body),
  );
}

export function useRestoreRevision(code: string) {
  return useWrite(({ id, reason }: { id: number; reason: string }) =>
    api.post<LedgerEntry>(`${plan(code)}/ledger/${id}/restore`, { reason }),
  );
}

export function useSetPublic(code: string) {
  return useWrite((isPublic: boolean) =>
    api.put<{ code: string; isPublic: boolean }>(`${plan(code)}/public`, { isPublic }),
  );
}
