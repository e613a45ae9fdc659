import { runMigrations } from './migrations';

/** The one thing history and sessions see of the database: parameterised SQL ($1, $2…). */
export interface SqlClient {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
}

export interface Store extends SqlClient {
  readonly engine: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: it commits when `work` resolves and rolls back when it throws. */
  transaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** PostgreSQL when set (several instances share it); otherwise the embedded PGlite. */
  databaseUrl?: string;
  /** PGlite's folder; omitted, PGlite keeps everything in memory (unit tests). */
  dataDir?: string;
  /** PostgreSQL only: tables live in this schema, created if missing (tests isolate themselves so). */
  schema?: string;
}

/** Opens the configured engine and brings its schema up to date before anyone uses it. */
export async function openStore(options: StoreOptions): Promise<Store> {
  const store =
    options.databaseUrl !== undefined
      ? await (await import('./postgres')).openPostgres(options.databaseUrl, options.schema)
      : await (await import('./pglite')).openPglite(options.dataDir);
  try {
    await runMigrations(store);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
