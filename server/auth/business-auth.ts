import type { BusinessAuth } from '../app';
import type { ServerEnv } from '../env';
import type { Store } from '../store/store';
import { sessionKeys } from './session-crypto';
import { redisSessionBackend } from './session-redis';
import { sqlSessionBackend } from './session-sql';
import { SessionStore, type SessionBackend } from './session-store';

export interface StartedBusinessAuth {
  auth: BusinessAuth;
  /** For the start-up line: where sessions live. */
  where: string;
  close(): Promise<void>;
}

/**
 * Business sign-in from the environment: sessions in Redis when REDIS_URL is set (several
 * instances share them), otherwise in `store` (embedded PGlite in DATA_DIR, or PostgreSQL
 * with DATABASE_URL), so they survive a restart either way.
 */
export async function startBusinessAuth(env: ServerEnv, store: Store): Promise<StartedBusinessAuth> {
  const { KAKAO_REST_API_KEY, KAKAO_CLIENT_SECRET, KAKAO_REDIRECT_URI, SESSION_SECRET } = env;
  if (!KAKAO_REST_API_KEY || !KAKAO_CLIENT_SECRET || !KAKAO_REDIRECT_URI || !SESSION_SECRET) {
    throw new Error('Business sign-in needs KAKAO_REST_API_KEY, KAKAO_CLIENT_SECRET, KAKAO_REDIRECT_URI and SESSION_SECRET');
  }
  let backend: SessionBackend;
  let where: string;
  if (env.REDIS_URL) {
    backend = redisSessionBackend(env.REDIS_URL);
    where = 'Redis';
  } else {
    backend = sqlSessionBackend(store);
    where = store.engine === 'postgres' ? 'PostgreSQL' : `the embedded store in ${env.DATA_DIR}`;
  }
  const limits = { idleMs: env.SESSION_IDLE_HOURS * 3600_000, absoluteMs: env.SESSION_MAX_DAYS * 24 * 3600_000 };
  const keys = sessionKeys(SESSION_SECRET);
  return {
    auth: {
      client: {
        clientId: KAKAO_REST_API_KEY,
        clientSecret: KAKAO_CLIENT_SECRET,
        redirectUri: KAKAO_REDIRECT_URI,
        authBase: env.KAKAO_AUTH_BASE,
        kapiBase: env.KAKAO_KAPI_BASE,
      },
      sessions: new SessionStore(backend, keys, limits),
      keys,
      limits,
    },
    where,
    // The store is the history's; main.ts closes it.
    close: () => backend.close(),
  };
}
