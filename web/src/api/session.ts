/**
 * The signed-in session: who I am (GET /api/auth/me), sign-in, sign-out and the password change.
 * Every answer refreshes the CSRF token the client sends with writes.
 */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, setCsrfToken } from './client';
import type { SessionInfo } from './types';

export const meKey = ['me'] as const;

async function fetchMe(): Promise<SessionInfo | null> {
  try {
    const me = await api.get<SessionInfo>('/api/auth/me');
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    // Not signed in is an answer, not an error: the app shows the sign-in page.
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export const meQuery = queryOptions({ queryKey: meKey, queryFn: fetchMe, staleTime: 60_000, retry: false });

export function useMe() {
  return useQuery(meQuery);
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { username: string; password: string }) =>
      api.post<SessionInfo>('/api/auth/login', body),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      client.clear();
      client.setQueryData(meKey, session);
    },
  });
}

export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      api.post<SessionInfo>('/api/auth/password', body),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      client.setQueryData(meKey, session);
    },
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>('/api/auth/logout'),
    onSettled: () => {
      setCsrfToken(null);
      client.clear();
      client.setQueryData(meKey, null);
    },
  });
}
