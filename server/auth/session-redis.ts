import { Redis } from 'ioredis';
import type { SessionBackend, StoredSession } from './session-store';

const SESSION = (id: string) => `moment-console:session:${id}`;
const STATE = (state: string) => `moment-console:oauth-state:${state}`;

/** Sessions in Redis (REDIS_URL), so that several server instances share them. */
export function redisSessionBackend(url: string): SessionBackend {
  const redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2 });
  return {
    async save(session: StoredSession, ttlMs: number) {
      await redis.set(SESSION(session.id), JSON.stringify(session), 'PX', ttlMs);
    },
    async load(id) {
      const json = await redis.get(SESSION(id));
      return json === null ? null : (JSON.parse(json) as StoredSession);
    },
    async remove(id) {
      await redis.del(SESSION(id));
    },
    async saveState(state, data, ttlMs) {
      await redis.set(STATE(state), data, 'PX', ttlMs);
    },
    // GETDEL is atomic, so two callbacks racing with one state cannot both win.
    takeState: (state) => redis.getdel(STATE(state)),
    async close() {
      await redis.quit();
    },
  };
}
