/**
 * 管理: users, units, responsibilities (责任分工), annual targets (年度目标), the audit log.
 */
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, withQuery } from './client';
import type {
  AnnualTargetRevision,
  AssignmentView,
  AuditEntry,
  OrgUnit,
  OrgUnitKind,
  Role,
  User,
} from './types';
import { useWrite } from './write';

const plan = (code: string) => `/api/plans/${encodeURIComponent(code)}`;

export function useUsers() {
  return useQuery({ queryKey: ['users'], queryFn: () => api.get<User[]>('/api/users') });
}

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  unit: string | null;
}

export function useAddUser() {
  return useWrite((body: NewUser) => api.post<{ user: User; initialPassword: string }>('/api/users', body));
}

export interface UserChange {
  version: number;
  displayName?: string;
  role?: Role;
  unit?: string | null;
  active?: boolean;
}

export function useUpdateUser() {
  return useWrite(({ username, ...body }: UserChange & { username: string }) =>
    api.patch<User>(`/api/users/${encodeURIComponent(username)}`, body),
  );
}

export function useResetPassword() {
  return useWrite((username: string) =>
    api.post<{ temporaryPassword: string }>(`/api/users/${encodeURIComponent(username)}/reset-password`),
  );
}

export interface UnitInput {
  code: string;
  name: string;
  nameEn: string;
  kind: OrgUnitKind;
}

export function useAddUnit() {
  return useWrite((body: UnitInput) => api.post<OrgUnit>('/api/units', body));
}

export function useUpdateUnit() {
  return useWrite(
    ({
      code,
      ...body
    }: Partial<Omit<UnitInput, 'code'>> & { code: string; version: number; active?: boolean }) =>
      api.patch<OrgUnit>(`/api/units/${encodeURIComponent(code)}`, body),
  );
}

export function useAssignments(code: string) {
  return useQuery({
    queryKey: ['assignments', code],
    queryFn: () => api.get<AssignmentView[]>(`${plan(code)}/assignments`),
  });
}

export function useSetAssignment(code: string) {
  return useWrite(
    (body: { itemType: AssignmentView['itemType']; itemCode: string; lead: string; co: string[] }) =>
      api.put<AssignmentView>(`${plan(code)}/assignments`, body),
  );
}

export function useTargetHistory(code: string, indicator: string | null) {
  return useQuery({
    queryKey: ['annual-targets', code, indicator],
    queryFn: () =>
      api.get<AnnualTargetRevision[]>(
        `${plan(code)}/indicators/${encodeURIComponent(indicator ?? '')}/annual-targets`,
      ),
    enabled: indicator !== null,
  });
}

export function useSetTarget(code: string) {
  return useWrite(
    ({ indicator, year, ...body }: { indicator: string; year: number; value: number; reason: string }) =>
      api.put<AnnualTargetRevision>(
        `${plan(code)}/indicators/${encodeURIComponent(indicator)}/annual-targets/${year}`,
        body,
      ),
  );
}

const auditPage = 50;

export function useAudit(entityType: string | null) {
  return useInfiniteQuery({
    queryKey: ['audit', entityType],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) =>
      api.get<AuditEntry[]>(withQuery('/api/audit', { limit: auditPage, before: pageParam, entityType })),
    getNextPageParam: (last) => (last.length < auditPage ? undefined : last.at(-1)?.id),
  });
}
