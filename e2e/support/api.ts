/**
 * Setting the stage through the API where the browser has nothing to show (users, an assignment):
 * a session with its cookie and CSRF token, as the web app holds one.
 */
export interface ApiSession {
  get<T>(path: string): Promise<T>;
  send<T>(method: 'POST' | 'PUT' | 'PATCH', path: string, body: unknown): Promise<T>;
}

async function login(url: string, username: string, password: string) {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(`sign-in of ${username} failed: ${response.status}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

export async function apiSession(url: string, username: string, password: string): Promise<ApiSession> {
  const { cookie, csrfToken } = await login(url, username, password);
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: {
        cookie,
        ...(method === 'GET' ? {} : { 'x-csrf-token': csrfToken, 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
  return { get: (path) => call('GET', path), send: (method, path, body) => call(method, path, body) };
}

/** The administrator of a fresh server, with the one-time password replaced by `next`. */
export async function adminSession(url: string, oneTime: string, next: string): Promise<ApiSession> {
  const first = await apiSession(url, 'admin', oneTime);
  await first.send('POST', '/api/auth/password', { currentPassword: oneTime, newPassword: next });
  return apiSession(url, 'admin', next);
}

/** Creates a user and returns the one-time password the server issued. */
export async function addUser(
  admin: ApiSession,
  user: { username: string; displayName: string; role: string; unit: string | null },
): Promise<string> {
  const { initialPassword } = await admin.send<{ initialPassword: string }>('POST', '/api/users', user);
  return initialPassword;
}
