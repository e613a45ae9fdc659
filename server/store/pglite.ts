import { PGlite } from '@electric-sql/pglite';
import { mkdirSync } from 'node:fs';
import type { SqlClient, Store } from './store';

/** PGlite's own name for "no files": DATA_DIR=memory:// (spawned servers in tests). */
const IN_MEMORY = 'memory://';

/** The embedded default: PostgreSQL compiled to WASM, one process, files in `dataDir`. */
export async function openPglite(dataDir: string | undefined): Promise<Store> {
  if (dataDir !== undefined && !dataDir.startsWith(IN_MEMORY)) mkdirSync(dataDir, { recursive: true });
  const db = new PGlite(dataDir);
  await db.waitReady;
  const clientOf = (target: Pick<PGlite, 'query'>): SqlClient => ({
    query: async <Row>(sql: string, params: readonly unknown[] = []) =>
      (await target.query<Row>(sql, [...params])).rows,
  });
  return {
    engine: 'pglite',
    ...clientOf(db),
    transaction: (work) => db.transaction((tx) => work(clientOf(tx))),
    close: () => db.close(),
  };
}
