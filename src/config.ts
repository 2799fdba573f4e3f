/**
 * The one configuration module (architecture.md rule 8): reads the environment once, validates it,
 * and documents every setting with its default. The README's configuration table mirrors this file.
 */
import { z } from 'zod';
import { DomainError } from './contracts/domain-error';

const configSchema = z.object({
  /** Database: `sqlite:<file>` (default, created on first start) or a `postgres://` URL. */
  LANTU_DB: z
    .string()
    .regex(
      /^(sqlite:.+|postgres(ql)?:\/\/.+)$/,
      'sqlite:<file> 或 postgres://… / sqlite:<file> or postgres://…',
    )
    .default('sqlite:./data/lantu.db'),
  /** HTTP port. */
  LANTU_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Interface to listen on; 127.0.0.1 keeps Lantu behind a reverse proxy by default. */
  LANTU_HOST: z.string().min(1).default('127.0.0.1'),
  /** Uploads (evidence attachments), backups and the session secret live here. */
  LANTU_DATA_DIR: z.string().min(1).default('./data'),
  /** pino log level. */
  LANTU_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** scrypt cost parameter N for password hashes (2^17 in production; tests set it small). */
  LANTU_SCRYPT_N: z.coerce
    .number()
    .int()
    .min(2)
    .default(2 ** 17),
  /** Session lifetime in hours. */
  LANTU_SESSION_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12),
  /** Largest upload accepted, in megabytes. */
  LANTU_MAX_UPLOAD_MB: z.coerce.number().positive().max(1024).default(20),
  /** Load the bundled demo observations (示例数据) with the Hebi plan on first start. */
  LANTU_DEMO_DATA: z.enum(['true', 'false']).default('true'),
  /** Set to `true` behind an HTTPS reverse proxy so cookies are marked Secure. */
  LANTU_SECURE_COOKIES: z.enum(['true', 'false']).default('false'),
});

export type Config = z.infer<typeof configSchema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new DomainError('bad_config', { zh: `配置无效:${fields}`, en: `invalid configuration: ${fields}` });
  }
  return parsed.data;
}
