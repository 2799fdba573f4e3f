/**
 * Sign-in, sign-out, who am I, change password.
 */

import { DomainError } from '../../contracts/domain-error';
import { loginBody, passwordChangeBody, sessionInfoSchema } from '../../contracts/session-api';
import { changePassword, login, logout } from '../../services/auth/sessions';
import { clearSessionCookie, setSessionCookie } from '../http/auth-plugin';
import { defineRoute } from '../http/route';

export function authRoutes(loginRateLimit: number) {
  return [
    defineRoute({
      method: 'POST',
      url: '/api/auth/login',
      access: 'public',
      summary: '登录 / sign in',
      tags: ['auth'],
      body: loginBody,
      response: { 200: sessionInfoSchema },
      rateLimit: { max: loginRateLimit, timeWindow: '1 minute' },
      handler: async ({ body, ctx, reply, request }) => {
        const grant = await login(ctx, body.username, body.password, {
          sessionHours: request.server.lantu.sessionHours,
          scryptN: request.server.lantu.scryptN,
        });
        setSessionCookie(reply, grant, request.server.lantu.secureCookies);
        return { user: grant.user, csrfToken: grant.csrfToken, expiresAt: grant.expiresAt };
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/auth/logout',
      access: 'self',
      summary: '退出登录 / sign out',
      tags: ['auth'],
      response: { 204: null },
      handler: async ({ ctx, reply, request }) => {
        if (request.auth) await logout(ctx.database, request.auth.sessionId);
        clearSessionCookie(reply);
        return undefined;
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/auth/me',
      access: 'self',
      summary: '当前用户 / the signed-in user',
      tags: ['auth'],
      response: { 200: sessionInfoSchema },
      handler: async ({ request }) => {
        if (!request.auth) throw new DomainError('unauthenticated', { zh: '请先登录', en: 'please sign in' });
        return { user: request.auth.user, csrfToken: request.auth.csrfToken };
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/auth/password',
      access: 'self',
      summary: '修改密码(结束所有会话) / change password (ends every session)',
      tags: ['auth'],
      // Guessing the current password from a stolen session is guessing a password: same limit.
      rateLimit: { max: loginRateLimit, timeWindow: '1 minute' },
      body: passwordChangeBody,
      response: { 200: sessionInfoSchema },
      handler: async ({ body, ctx, reply, request }) => {
        const grant = await changePassword(ctx, body.currentPassword, body.newPassword, {
          sessionHours: request.server.lantu.sessionHours,
          scryptN: request.server.lantu.scryptN,
        });
        setSessionCookie(reply, grant, request.server.lantu.secureCookies);
        return { user: grant.user, csrfToken: grant.csrfToken, expiresAt: grant.expiresAt };
      },
    }),
  ];
}
