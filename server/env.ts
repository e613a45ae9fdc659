import { z } from 'zod';

/** An empty variable (`PORT=`) means "use the default", as in most shells' intent. */
function unsetIfEmpty(value: unknown): unknown {
  return typeof value === 'string' && value.trim() === '' ? undefined : value;
}

const HttpUrl = z
  .url({ protocol: /^https?$/ })
  .transform((value) => value.replace(/\/+$/, ''));

export const ServerEnv = z.object({
  PORT: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(0).max(65535).default(4173)),
  HOST: z.preprocess(unsetIfEmpty, z.string().default('127.0.0.1')),
  // Unset (or empty) means sandbox mode. A token is a single header value: no spaces or controls.
  KAKAO_BUSINESS_TOKEN: z.preprocess(
    (value) => (typeof value === 'string' ? unsetIfEmpty(value.trim()) : value),
    z
      .string()
      .regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces')
      .optional(),
  ),
  KAKAO_API_BASE: z.preprocess(unsetIfEmpty, HttpUrl.default('https://apis.moment.kakao.com')),
  KAKAO_API_TIMEOUT_MS: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(1).max(600_000).default(15_000)),
  // History store (server/store): embedded PGlite in DATA_DIR unless DATABASE_URL names a PostgreSQL.
  DATA_DIR: z.preprocess(unsetIfEmpty, z.string().default('./data')),
  DATABASE_URL: z.preprocess(unsetIfEmpty, z.string().regex(/^postgres(?:ql)?:\/\//, 'must be a postgres:// URL').optional()),
  HISTORY_RETENTION_DAYS: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(1).max(36_500).default(730)),
  SANDBOX_RATE_LIMIT: z.preprocess(
    (value) => (typeof value === 'string' ? unsetIfEmpty(value.trim().toLowerCase()) : value),
    z.enum(['on', 'off']).default('on'),
  ),
});
export type ServerEnv = z.infer<typeof ServerEnv>;

/**
 * Parses process.env. The error names the variables and what is wrong, never their
 * values (one of them is the token).
 */
export function parseServerEnv(source: Record<string, string | undefined>): ServerEnv {
  const parsed = ServerEnv.safeParse(source);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  throw new Error(`Invalid server environment: ${problems.join('; ')}`);
}

export type ServerMode = 'live' | 'sandbox';

export function modeOf(env: ServerEnv): ServerMode {
  return env.KAKAO_BUSINESS_TOKEN ? 'live' : 'sandbox';
}
