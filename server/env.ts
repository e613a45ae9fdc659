import { z } from 'zod';
import { MIN_SECRET_LENGTH } from './auth/session-crypto';

/** An empty variable (`PORT=`) means "use the default", as in most shells' intent. */
function unsetIfEmpty(value: unknown): unknown {
  return typeof value === 'string' && value.trim() === '' ? undefined : value;
}

const HttpUrl = z
  .url({ protocol: /^https?$/ })
  .transform((value) => value.replace(/\/+$/, ''));

const OptionalText = z.preprocess(
  (value) => (typeof value === 'string' ? unsetIfEmpty(value.trim()) : value),
  z.string().optional(),
);
const Positive = (fallback: number) => z.preprocess(unsetIfEmpty, z.coerce.number().positive().default(fallback));

/** The three settings that turn business sign-in on; all or none. */
const SIGN_IN_SETTINGS = ['KAKAO_REST_API_KEY', 'KAKAO_CLIENT_SECRET', 'KAKAO_REDIRECT_URI'] as const;

const Fields = z.object({
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
  // Business sign-in (server/auth/): each browser signs in and gets its own token.
  KAKAO_REST_API_KEY: OptionalText,
  KAKAO_CLIENT_SECRET: OptionalText,
  KAKAO_REDIRECT_URI: z.preprocess(unsetIfEmpty, z.url({ protocol: /^https?$/ }).optional()),
  SESSION_SECRET: OptionalText,
  KAKAO_AUTH_BASE: z.preprocess(unsetIfEmpty, HttpUrl.default('https://kauth.kakao.com')),
  KAKAO_KAPI_BASE: z.preprocess(unsetIfEmpty, HttpUrl.default('https://kapi.kakao.com')),
  SESSION_IDLE_HOURS: Positive(12),
  SESSION_MAX_DAYS: Positive(7),
  REDIS_URL: z.preprocess(unsetIfEmpty, z.url({ protocol: /^rediss?$/ }).optional()),
  ALLOW_SHARED_TOKEN_ON_NETWORK: z.preprocess(unsetIfEmpty, z.enum(['0', '1']).default('0')),
});

export const ServerEnv = Fields.superRefine((env, ctx) => {
  const set = SIGN_IN_SETTINGS.filter((name) => env[name] !== undefined);
  if (set.length > 0 && set.length < SIGN_IN_SETTINGS.length) {
    for (const name of SIGN_IN_SETTINGS.filter((missing) => env[missing] === undefined)) {
      ctx.addIssue({ code: 'custom', path: [name], message: `business sign-in needs it too (${set.join(', ')} set)` });
    }
  }
  if (set.length === SIGN_IN_SETTINGS.length) {
    if (env.KAKAO_BUSINESS_TOKEN !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['KAKAO_BUSINESS_TOKEN'], message: 'set either it or business sign-in, not both' });
    }
    if ((env.SESSION_SECRET ?? '').length < MIN_SECRET_LENGTH) {
      ctx.addIssue({
        code: 'custom',
        path: ['SESSION_SECRET'],
        message: `business sign-in needs it, at least ${MIN_SECRET_LENGTH} characters (e.g. openssl rand -base64 48)`,
      });
    }
  }
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

/** `live` is the shared-token mode; `business` is business sign-in. */
export type ServerMode = 'live' | 'business' | 'sandbox';

export function modeOf(env: ServerEnv): ServerMode {
  if (env.KAKAO_BUSINESS_TOKEN) return 'live';
  return SIGN_IN_SETTINGS.every((name) => env[name] !== undefined) ? 'business' : 'sandbox';
}
