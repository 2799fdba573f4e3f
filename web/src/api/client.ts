/**
 * The one way the browser talks to the Lantu API: same-origin fetch with the session cookie, the
 * CSRF header on every write (auth-plugin.ts), and problem+json errors (problem.ts) turned into an
 * ApiError that carries both languages and the field issues. 401 and 403 password_change_required
 * are handed to the app, which sends the person to the right page.
 */
import type { Bilingual, InputIssue } from '../../../src/contracts/issue';
import { type LedgerMoved, ledgerMovedSchema } from '../../../src/contracts/ledger-conflict';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly messages: Bilingual;
  readonly issues: InputIssue[];
  /** Present on 409 version_conflict: the version to reload before trying again. */
  readonly currentVersion: number | null;
  /** Present on 409 ledger_moved: the submitted figure and the ledger's newer one. */
  readonly ledgerMoved: LedgerMoved | null;
  readonly requestId: string | null;

  constructor(init: {
    status: number;
    code: string;
    messages: Bilingual;
    issues?: InputIssue[];
    currentVersion?: number | null;
    ledgerMoved?: LedgerMoved | null;
    requestId?: string | null;
  }) {
    super(init.messages.en);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.messages = init.messages;
    this.issues = init.issues ?? [];
    this.currentVersion = init.currentVersion ?? null;
    this.ledgerMoved = init.ledgerMoved ?? null;
    this.requestId = init.requestId ?? null;
  }

  get isConflict(): boolean {
    return this.status === 409;
  }
}

export interface AuthHandlers {
  onUnauthenticated(): void;
  onPasswordChangeRequired(): void;
}

const csrfHeader = 'x-csrf-token';
let csrfToken: string | null = null;
let handlers: AuthHandlers | null = null;

/** The token comes from sign-in, password change and GET /api/auth/me. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function setAuthHandlers(next: AuthHandlers | null): void {
  handlers = next;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isBilingual(value: unknown): value is Bilingual {
  return isRecord(value) && typeof value.zh === 'string' && typeof value.en === 'string';
}

/** Reads a problem+json body; anything else becomes a generic error naming the HTTP status. */
export function problemToError(status: number, body: unknown): ApiError {
  if (isRecord(body) && typeof body.code === 'string' && isBilingual(body.messages)) {
    return new ApiError({
      status,
      code: body.code,
      messages: body.messages,
      issues: Array.isArray(body.issues) ? (body.issues as InputIssue[]) : [],
      currentVersion: typeof body.currentVersion === 'number' ? body.currentVersion : null,
      ledgerMoved:
        body.code === 'ledger_moved' ? (ledgerMovedSchema.safeParse(body.conflict).data ?? null) : null,
      requestId: typeof body.requestId === 'string' ? body.requestId : null,
    });
  }
  return new ApiError({
    status,
    code: `http_${status}`,
    messages: { zh: `请求失败(HTTP ${status})`, en: `request failed (HTTP ${status})` },
  });
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  const type = response.headers.get('content-type') ?? '';
  return type.includes('json') ? JSON.parse(text) : text;
}

export async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET' && csrfToken) headers[csrfHeader] = csrfToken;
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let response: Response;
  try {
    response = await fetch(path, { method, headers, body: payload, credentials: 'same-origin' });
  } catch {
    throw new ApiError({
      status: 0,
      code: 'network_error',
      messages: { zh: '无法连接服务器,请检查网络', en: 'cannot reach the server; check the network' },
    });
  }
  const data = await readBody(response);
  if (response.ok) return data as T;
  const error = problemToError(response.status, data);
  // A failed sign-in is also 401, but it must stay on the sign-in form.
  if (error.code === 'unauthenticated') handlers?.onUnauthenticated();
  if (error.code === 'password_change_required') handlers?.onPasswordChangeRequired();
  throw error;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
};

/** Query-string builder that leaves out empty values. */
export function withQuery(path: string, query: Record<string, string | number | undefined | null>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}
