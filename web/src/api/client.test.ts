// @vitest-environment happy-dom
/**
 * The API client: CSRF header on writes only, problem+json into ApiError (both languages, field
 * issues, the current version of a 409), and the hand-off of 401 and password_change_required.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api, request, setAuthHandlers, setCsrfToken, withQuery } from './client';

interface Call {
  url: string;
  init: RequestInit;
}

let calls: Call[] = [];

function respond(status: number, body: unknown, type = 'application/problem+json; charset=utf-8') {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
      return new Response(text, { status, headers: { 'content-type': type } });
    }),
  );
}

const header = (call: Call | undefined, name: string) => new Headers(call?.init.headers).get(name);

const problem = {
  type: 'urn:lantu:problem:report_invalid',
  title: 'the report has errors',
  status: 400,
  code: 'report_invalid',
  messages: { zh: '填报内容有误', en: 'the report has errors' },
  issues: [
    {
      file: 'body',
      item: null,
      field: 'value',
      code: 'bad_value',
      severity: 'error',
      message: { zh: '数值无效', en: 'the value is not a valid number' },
    },
  ],
  requestId: 'req-1',
};

describe('api client', () => {
  beforeEach(() => {
    calls = [];
    setCsrfToken('token-123');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    setAuthHandlers(null);
    setCsrfToken(null);
  });

  it('sends the CSRF header with writes and not with reads', async () => {
    respond(200, { ok: true }, 'application/json');
    await api.get('/api/inbox');
    await api.put('/api/reports/1', { version: 1, value: 34.1 });
    expect(header(calls[0], 'x-csrf-token')).toBeNull();
    expect(header(calls[1], 'x-csrf-token')).toBe('token-123');
    expect(header(calls[1], 'content-type')).toBe('application/json');
    expect(calls[1]?.init.body).toBe(JSON.stringify({ version: 1, value: 34.1 }));
  });

  it('sends multipart uploads as FormData, letting the browser set the boundary', async () => {
    respond(201, { id: 1 }, 'application/json');
    const form = new FormData();
    form.append('file', new Blob(['%PDF-1.4']), 'evidence.pdf');
    await request('POST', '/api/reports/1/attachments', form);
    expect(calls[0]?.init.body).toBe(form);
    expect(header(calls[0], 'content-type')).toBeNull();
    expect(header(calls[0], 'x-csrf-token')).toBe('token-123');
  });

  it('turns problem+json into an error with both languages and the field issues', async () => {
    respond(400, problem);
    const error = await api.post('/api/reports/1/submit', { version: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const e = error as ApiError;
    expect(e.code).toBe('report_invalid');
    expect(e.messages).toEqual({ zh: '填报内容有误', en: 'the report has errors' });
    expect(e.issues.map((i) => i.field)).toEqual(['value']);
    expect(e.requestId).toBe('req-1');
    expect(e.isConflict).toBe(false);
  });

  it('carries the current version of a 409 conflict', async () => {
    respond(409, {
      ...problem,
      status: 409,
      code: 'version_conflict',
      messages: { zh: '数据已被他人修改(当前版本 3),请刷新后重试', en: 'changed by someone else' },
      issues: [],
      currentVersion: 3,
    });
    const e = (await api.put('/api/reports/1', { version: 2 }).catch((x: unknown) => x)) as ApiError;
    expect(e.isConflict).toBe(true);
    expect(e.currentVersion).toBe(3);
  });

  it('names the status when the answer is not problem+json', async () => {
    respond(502, '<html>bad gateway</html>', 'text/html');
    const e = (await api.get('/api/plans').catch((x: unknown) => x)) as ApiError;
    expect(e.code).toBe('http_502');
    expect(e.messages.zh).toContain('502');
  });

  it('reports a network failure as an ApiError', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const e = (await api.get('/api/plans').catch((x: unknown) => x)) as ApiError;
    expect(e.code).toBe('network_error');
    expect(e.status).toBe(0);
  });

  it('hands 401 unauthenticated and 403 password_change_required to the app, not a failed sign-in', async () => {
    const onUnauthenticated = vi.fn();
    const onPasswordChangeRequired = vi.fn();
    setAuthHandlers({ onUnauthenticated, onPasswordChangeRequired });
    respond(401, { ...problem, status: 401, code: 'login_failed', issues: [] });
    await api.post('/api/auth/login', { username: 'a', password: 'b' }).catch(() => undefined);
    expect(onUnauthenticated).not.toHaveBeenCalled();
    respond(401, { ...problem, status: 401, code: 'unauthenticated', issues: [] });
    await api.get('/api/inbox').catch(() => undefined);
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
    respond(403, { ...problem, status: 403, code: 'password_change_required', issues: [] });
    await api.get('/api/inbox').catch(() => undefined);
    expect(onPasswordChangeRequired).toHaveBeenCalledTimes(1);
  });

  it('builds query strings without empty values', () => {
    expect(withQuery('/api/audit', { limit: 50, before: undefined, entityType: null, q: '' })).toBe(
      '/api/audit?limit=50',
    );
  });
});
