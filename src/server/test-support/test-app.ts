/**
 * A Lantu server for API tests: a fresh migrated database of the given dialect, the Hebi plan loaded,
 * a fixed clock, fast password hashing, and helpers to sign in as each role and call the API the way
 * the web app does (cookie + CSRF header).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Database } from '../../db/connection';
import type { TestDialect } from '../../db/test-support/test-databases';
import { addUser } from '../../services/auth/users';
import type { ServiceContext } from '../../services/context';
import { bootstrap } from '../../services/system/bootstrap';
import type { SlotLimits } from '../../services/work-slots';
import { buildApp } from '../app';

export const testScryptN = 16;
export const planCode = 'hebi-etdz-14th';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  tenantId: number;
  adminPassword: string;
  /** A context acting as the administrator, for arranging data directly through services. */
  adminCtx: ServiceContext;
  url: string;
  close(): Promise<void>;
}

export interface Session {
  cookie: string;
  csrf: string;
  request(method: string, url: string, body?: unknown): Promise<LightMyRequestResponse>;
  /** Uploads one file as multipart/form-data, as a browser's file input does. */
  upload(url: string, fileName: string, bytes: Buffer, contentType?: string): Promise<LightMyRequestResponse>;
}

export function multipartBody(fileName: string, bytes: Buffer, contentType = 'application/octet-stream') {
  const boundary = '----lantu-test-boundary';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, bytes, tail]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

export async function startTestApp(
  dialect: TestDialect,
  options: {
    clock?: () => Date;
    includeDemo?: boolean;
    loginRateLimit?: number;
    maxUploadBytes?: number;
    uploadSlots?: SlotLimits;
  } = {},
): Promise<TestApp> {
  const clock = options.clock ?? (() => new Date('2024-03-15T02:00:00Z'));
  const { database, url } = await dialect.create();
  const boot = await bootstrap(database, {
    tenantCode: 'default',
    tenantName: '测试',
    plans: [planCode],
    includeDemo: options.includeDemo ?? true,
    scryptN: testScryptN,
    clock,
  });
  const app = await buildApp({
    database,
    tenantId: boot.tenantId,
    cookieSecret: 'test-secret-test-secret-test-secret',
    clock,
    scryptN: testScryptN,
    sessionHours: 12,
    dataDir: mkdtempSync(join(tmpdir(), 'lantu-data-')),
    maxUploadBytes: options.maxUploadBytes ?? 1024 * 1024,
    ...(options.uploadSlots ? { uploadSlots: options.uploadSlots } : {}),
    loginRateLimit: options.loginRateLimit ?? 1000,
    checkResponses: true,
  });
  await app.ready();
  const adminCtx: ServiceContext = {
    database,
    tenantId: boot.tenantId,
    actor: { id: 1, username: 'admin', displayName: '系统管理员', role: 'admin', unitId: null },
    requestId: 'test',
    clock,
  };
  return {
    app,
    database,
    tenantId: boot.tenantId,
    adminPassword: boot.adminPassword ?? '',
    adminCtx,
    url,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

export async function signIn(app: FastifyInstance, username: string, password: string): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'lantu_session');
  if (!cookie) throw new Error('no session cookie');
  const session: Session = {
    cookie: `lantu_session=${cookie.value}`,
    csrf: (res.json() as { csrfToken: string }).csrfToken,
    request: (method, url, body) =>
      app.inject({
        method: method as 'GET',
        url,
        headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
        ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
      }),
    upload: (url, fileName, bytes, contentType) => {
      const { payload, contentType: header } = multipartBody(fileName, bytes, contentType);
      return app.inject({
        method: 'POST',
        url,
        headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': header },
        payload,
      });
    },
  };
  return session;
}

/** Signs in as admin with the one-time password and changes it, as a first user would. */
export async function signInAdmin(t: TestApp): Promise<Session> {
  const first = await signIn(t.app, 'admin', t.adminPassword);
  const res = await first.request('POST', '/api/auth/password', {
    currentPassword: t.adminPassword,
    newPassword: 'admin password 2024',
  });
  if (res.statusCode !== 200) throw new Error(`password change failed: ${res.body}`);
  return signIn(t.app, 'admin', 'admin password 2024');
}

export const password = 'unit password 2024';

/** A reporter and a reviewer in each of two parks the plan names, a plan-office user and a leader. */
export async function seedPeople(t: TestApp): Promise<void> {
  const people = [
    { username: 'office', displayName: '规划办', role: 'plan_office' as const, unit: null },
    { username: 'leader', displayName: '领导', role: 'leader' as const, unit: null },
    { username: 'js-reporter', displayName: '金山填报员', role: 'reporter' as const, unit: 'park-jinshan' },
    { username: 'js-reviewer', displayName: '金山负责人', role: 'reviewer' as const, unit: 'park-jinshan' },
    { username: 'cd-reporter', displayName: '城东填报员', role: 'reporter' as const, unit: 'park-chengdong' },
    { username: 'cd-reviewer', displayName: '城东负责人', role: 'reviewer' as const, unit: 'park-chengdong' },
  ];
  for (const p of people) await addUser(t.adminCtx, { ...p, password }, testScryptN);
}
