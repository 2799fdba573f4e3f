/**
 * Cookie sessions and CSRF. The session cookie is httpOnly, signed and SameSite=Lax; every write made
 * with it must also carry the session's CSRF token in the `x-csrf-token` header, which a page of
 * another site cannot read.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { DomainError } from '../../contracts/domain-error';
import type { Database } from '../../db/connection';
import { type Authenticated, authenticate, type SessionGrant } from '../../services/auth/sessions';

export const sessionCookie = 'lantu_session';
export const csrfHeader = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    auth: Authenticated | null;
  }
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export function registerAuth(app: FastifyInstance, database: Database, clock: () => Date): void {
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request) => {
    const raw = request.cookies[sessionCookie];
    if (!raw) return;
    const unsigned = request.unsignCookie(raw);
    if (!unsigned.valid || !unsigned.value) return;
    request.auth = await authenticate(database, unsigned.value, clock);
    if (request.auth && !safeMethods.has(request.method)) {
      const token = request.headers[csrfHeader];
      if (token !== request.auth.csrfToken) {
        throw new DomainError('csrf_failed', {
          zh: '缺少或错误的 CSRF 令牌,请刷新页面后重试',
          en: 'missing or wrong CSRF token; reload the page and try again',
        });
      }
    }
  });
}

export function setSessionCookie(reply: FastifyReply, grant: SessionGrant, secure: boolean): void {
  reply.setCookie(sessionCookie, grant.token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    signed: true,
    expires: new Date(grant.expiresAt),
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(sessionCookie, { path: '/' });
}
