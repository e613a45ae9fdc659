import type { SqlClient, Store } from './store';

/**
 * The one migration set for both engines, in order. A version, once on main, is never
 * edited: a change of schema is a new version. Each runs in its own transaction.
 */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'change history',
    sql: `
      CREATE TABLE change_records (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL,
        user_name text NOT NULL,
        ad_account_id bigint NOT NULL,
        campaign_id bigint,
        ad_group_id bigint,
        ad_group_name text,
        action text NOT NULL,
        changes jsonb NOT NULL,
        outcome text NOT NULL,
        detail_code integer,
        detail_msg text,
        batch_id text,
        undo_of bigint
      );
      -- Newest first per ad group, campaign and account: each listing is one index range scan.
      CREATE INDEX change_records_by_group ON change_records (ad_account_id, ad_group_id, at DESC, id DESC);
      CREATE INDEX change_records_by_campaign ON change_records (ad_account_id, campaign_id, at DESC, id DESC);
      CREATE INDEX change_records_by_account ON change_records (ad_account_id, at DESC, id DESC);
      CREATE INDEX change_records_by_batch ON change_records (batch_id) WHERE batch_id IS NOT NULL;
      -- The daily prune and the re-check of unknown outcomes.
      CREATE INDEX change_records_by_at ON change_records (at);
      CREATE INDEX change_records_unknown ON change_records (at) WHERE outcome = 'unknown';
    `,
  },
  {
    version: 2,
    name: 'sessions',
    // Business sign-in (server/auth/session-sql.ts): data holds the token sealed with AES-GCM.
    sql: `
      CREATE TABLE console_sessions (
        id text PRIMARY KEY,
        data text NOT NULL,
        expires_at bigint NOT NULL
      );
      CREATE INDEX console_sessions_expires_at ON console_sessions (expires_at);
      CREATE TABLE console_oauth_states (
        state text PRIMARY KEY,
        data text NOT NULL,
        expires_at bigint NOT NULL
      );
    `,
  },
];

// Any constant: instances starting together against one PostgreSQL take turns.
const MIGRATION_LOCK = 7_340_011;

async function appliedVersions(db: SqlClient): Promise<Set<number>> {
  const rows = await db.query<{ version: number }>('SELECT version FROM schema_migrations');
  return new Set(rows.map((row) => Number(row.version)));
}

/** Idempotent: applies the versions not yet recorded in schema_migrations; returns them. */
export async function runMigrations(store: Store): Promise<number[]> {
  await store.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
    );
  });
  const applied: number[] = [];
  for (const migration of MIGRATIONS) {
    await store.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      // Read again under the lock: another instance may have just applied it.
      if ((await appliedVersions(tx)).has(migration.version)) return;
      for (const statement of splitStatements(migration.sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      applied.push(migration.version);
    });
  }
  return applied;
}

/** Parameterised query() takes one statement at a time; our migrations hold no `;` inside literals. */
function splitStatements(sql: string): string[] {
  return sql
    .replace(/--.*$/gm, '')
    .split(';')
    .map((statement) => statement.trim())
    .filter((statement) => statement !== '');
}
