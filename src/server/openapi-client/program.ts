/**
 * A small program that uses the API only through the client generated from /api/openapi.json
 * (openapi-typescript types, openapi-fetch calls). The OpenAPI client test type-checks it with the
 * generated `api.d.ts` beside it — each `@ts-expect-error` line must stay an error, so a contract that
 * described a field wrongly fails — and runs it against a live server.
 */
import createClient from 'openapi-fetch';
import type { paths } from './api';

export interface Walk {
  username: string;
  role: string;
  unitCodes: string[];
  planCodes: string[];
  indicators: number;
  headline: string;
  health: string;
  mustChange: boolean;
  refusedCode: string;
}

function sessionCookie(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

/** Signs in with a one-time password, changes it as a first user must, and reads a little. */
export async function walk(
  baseUrl: string,
  username: string,
  password: string,
  newPassword: string,
): Promise<Walk> {
  const client = createClient<paths>({ baseUrl });
  const health = await client.GET('/api/health');
  if (!health.data) throw new Error('health check failed');
  // @ts-expect-error the health check has no `version` member
  health.data.version;

  const refused = await client.POST('/api/auth/login', { body: { username, password: `${password}!` } });
  if (!refused.error) throw new Error('a wrong password was accepted');
  const refusedCode: string = refused.error.code;
  // @ts-expect-error a problem's issues are a list, not text
  const issuesText: string = refused.error.issues;

  const login = await client.POST('/api/auth/login', { body: { username, password } });
  if (!login.data) throw new Error(`sign-in failed: ${login.error?.code ?? login.response.status}`);
  const user = login.data.user;
  const changed = await client.POST('/api/auth/password', {
    body: { currentPassword: password, newPassword },
    headers: { cookie: sessionCookie(login.response), 'x-csrf-token': login.data.csrfToken },
  });
  if (!changed.data) throw new Error(`password change failed: ${changed.error?.code}`);
  const mustChange: boolean = changed.data.user.mustChangePassword;
  // @ts-expect-error a user's id is a number
  const idText: string = user.id;
  // @ts-expect-error the body of sign-in is checked: the password is required
  await client.POST('/api/auth/login', { body: { username } });

  const headers = { cookie: sessionCookie(changed.response) };
  const units = await client.GET('/api/units', { headers });
  const plans = await client.GET('/api/plans', { headers });
  if (!units.data || !plans.data) throw new Error('reading units or plans failed');
  const plan = plans.data[0]?.code ?? '';
  const dashboard = await client.GET('/api/plans/{plan}/dashboard', {
    params: { path: { plan }, query: { asOf: '2023' } },
    headers,
  });
  if (!dashboard.data) throw new Error(`the dashboard failed: ${dashboard.error?.code}`);
  const counts = dashboard.data.rollup.byStatus;
  // @ts-expect-error a status is one of the seven the catalogue names
  const unknownStatus: number = counts.done;
  await client.GET('/api/plans/{plan}/dashboard', {
    // @ts-expect-error the evaluation date is a period written as text (2023, 2023-Q3), not a number
    params: { path: { plan }, query: { asOf: 2023 } },
    headers,
  });
  // @ts-expect-error a unit's kind is one of five names, never a number
  const kind: number = units.data[0]?.kind;

  void issuesText;
  void idText;
  void kind;
  void unknownStatus;
  return {
    username: user.username,
    role: user.role,
    unitCodes: units.data.map((u) => u.code),
    planCodes: plans.data.map((p) => p.code),
    indicators:
      counts.achieved +
      counts.ahead +
      counts.on_track +
      counts.behind +
      counts.regressing +
      counts.no_data +
      counts.not_assessable,
    headline: dashboard.data.rollup.headline.zh,
    health: health.data.status,
    refusedCode,
    mustChange,
  };
}
