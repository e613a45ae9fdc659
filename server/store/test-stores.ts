import { randomBytes } from 'node:crypto';
import { openStore, type Store } from './store';

/**
 * The engines a repository test runs on: PGlite in memory always, PostgreSQL too when
 * DATABASE_URL is set (CI sets it). Each PostgreSQL store gets its own schema, so test
 * files running side by side never see each other's rows.
 */
export const TEST_ENGINES: readonly ('pglite' | 'postgres')[] = process.env.DATABASE_URL
  ? ['pglite', 'postgres']
  : ['pglite'];

/** PGlite's WASM start-up takes seconds on a busy 2-core machine. */
export const STORE_START_MS = 60_000;

export async function openTestStore(engine: 'pglite' | 'postgres'): Promise<Store> {
  if (engine === 'pglite') return openStore({});
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const store = await openStore({ databaseUrl: process.env.DATABASE_URL, schema });
  return {
    ...store,
    close: async () => {
      await store.query(`DROP SCHEMA ${schema} CASCADE`);
      await store.close();
    },
  };
}
