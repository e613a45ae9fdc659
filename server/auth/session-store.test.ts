import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomId, sessionKeys } from './session-crypto';
import { redisSessionBackend } from './session-redis';
import { sqlSessionBackend } from './session-sql';
import { STORE_START_MS, TEST_ENGINES, openTestStore } from '../store/test-stores';
import type { Store } from '../store/store';
import { SessionStore, type SessionBackend } from './session-store';

const keys = sessionKeys('s'.repeat(32));
const LIMITS = { idleMs: 12 * 3600_000, absoluteMs: 7 * 24 * 3600_000 };

interface Engine {
  name: string;
  open(): Promise<SessionBackend>;
  /** The raw stored bytes of everything, to look for the token in the clear. */
  dump(): Promise<string>;
  close(): Promise<void>;
}

function sqlEngine(kind: 'pglite' | 'postgres'): Engine {
  let store: Store | null = null;
  return {
    name: kind === 'pglite' ? 'the embedded store (PGlite)' : 'PostgreSQL',
    async open() {
      store = await openTestStore(kind);
      return sqlSessionBackend(store, () => clock.now);
    },
    async dump() {
      return JSON.stringify(await store?.query('SELECT data FROM console_sessions'));
    },
    close: async () => store?.close(),
  };
}

// CI sets DATABASE_URL and REDIS_URL (.ci/run starts PostgreSQL and redis-server);
// `npm test` alone runs the embedded store.
const engines: Engine[] = TEST_ENGINES.map(sqlEngine);
const REDIS_URL = process.env.REDIS_URL;
if (REDIS_URL) {
  const { Redis } = await import('ioredis');
  const raw = new Redis(REDIS_URL);
  let backend: SessionBackend | null = null;
  engines.push({
    name: 'Redis',
    async open() {
      backend = redisSessionBackend(REDIS_URL);
      return backend;
    },
    async dump() {
      const keysFound = await raw.keys('moment-console:session:*');
      return JSON.stringify(await Promise.all(keysFound.map((key) => raw.get(key))));
    },
    async close() {
      await backend?.close();
      await raw.quit();
    },
  });
}

const clock = { now: Date.UTC(2026, 11, 2, 9) };

describe.each(engines)('sessions in $name', (engine) => {
  let sessions: SessionStore;
  beforeAll(async () => {
    sessions = new SessionStore(await engine.open(), keys, LIMITS, () => clock.now);
  }, STORE_START_MS);
  afterAll(() => engine.close());

  it('keeps a session and its token, stored sealed', async () => {
    const token = `tok-${randomId()}`;
    const created = await sessions.create({ token, userName: 'Kim', scopes: ['moment_management'] });
    expect(await sessions.get(created.id)).toEqual({
      id: created.id,
      token,
      userName: 'Kim',
      scopes: ['moment_management'],
      expired: false,
    });
    expect(await engine.dump()).not.toContain(token);
  });

  it('ends a session after 12 h idle, however young it is', async () => {
    const { id } = await sessions.create({ token: 't1', userName: null, scopes: [] });
    clock.now += LIMITS.idleMs - 60_000;
    expect(await sessions.get(id)).not.toBeNull();
    clock.now += LIMITS.idleMs - 60_000; // the read above renewed it
    expect(await sessions.get(id)).not.toBeNull();
    clock.now += LIMITS.idleMs;
    expect(await sessions.get(id)).toBeNull();
  });

  it('ends a session 7 days after it began, however busy', async () => {
    const { id } = await sessions.create({ token: 't2', userName: null, scopes: [] });
    const end = clock.now + LIMITS.absoluteMs;
    while (clock.now + 3600_000 < end) {
      clock.now += 3600_000;
      expect(await sessions.get(id)).not.toBeNull();
    }
    clock.now = end;
    expect(await sessions.get(id)).toBeNull();
  });

  it('marks a session expired, then takes a new token and clears the mark', async () => {
    const { id } = await sessions.create({ token: 'old', userName: null, scopes: [] });
    await sessions.update(id, { expired: true });
    expect((await sessions.get(id))?.expired).toBe(true);
    await sessions.update(id, { token: 'new', scopes: ['moment_create'] });
    expect(await sessions.get(id)).toMatchObject({ token: 'new', expired: false, scopes: ['moment_create'] });
  });

  it('forgets a removed session and an unknown id', async () => {
    const { id } = await sessions.create({ token: 't3', userName: null, scopes: [] });
    await sessions.remove(id);
    expect(await sessions.get(id)).toBeNull();
    expect(await sessions.get(randomId())).toBeNull();
  });

  it('hands an OAuth state out once', async () => {
    const state = randomId();
    await sessions.saveState(state, '{"returnTo":"/x"}', 600_000);
    const [first, second] = await Promise.all([sessions.takeState(state), sessions.takeState(state)]);
    expect([first, second].filter((value) => value !== null)).toEqual(['{"returnTo":"/x"}']);
    expect(await sessions.takeState(state)).toBeNull();
  });

});

// Redis lapses keys with PX on its own clock; the SQL tables compare with ours.
describe.each(TEST_ENGINES)('the SQL session tables (%s)', (kind) => {
  let store: Store;
  beforeAll(async () => {
    store = await openTestStore(kind);
  }, STORE_START_MS);
  afterAll(() => store.close());

  it('let an OAuth state lapse', async () => {
    const backend = sqlSessionBackend(store, () => clock.now);
    await backend.saveState('s-old', '{}', 600_000);
    clock.now += 600_000;
    expect(await backend.takeState('s-old')).toBeNull();
  });
});
