/**
 * Sign-in, sign-out, who am I, change password, and the health check: the requests and answers.
 */
import { z } from 'zod';
import { userSchema } from './admin-api';
import { codeText, secretText } from './text';

export const loginBody = z.object({
  username: codeText().max(64),
  password: secretText().min(1).max(200),
});
export const passwordChangeBody = z.object({
  currentPassword: secretText().min(1).max(200),
  newPassword: secretText().min(1).max(200),
});

/** What sign-in, password change and /api/auth/me return; the CSRF token goes in `x-csrf-token`. */
export const sessionInfoSchema = z
  .object({ user: userSchema, csrfToken: codeText(), expiresAt: codeText().optional() })
  .meta({ id: 'SessionInfo' });
export type SessionInfo = z.infer<typeof sessionInfoSchema>;

export const healthSchema = z.object({ status: z.literal('ok'), database: z.enum(['sqlite', 'postgres']) });
