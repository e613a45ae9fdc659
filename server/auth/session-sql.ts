import type { SessionBackend, StoredSession } from './session-store';

/** The one call both PGlite and pg's Pool offer: what the session tables need of the store. */
export interface SqlRunner {
  query<Row>(sql: string, params?: unknown[]): Promise<{ rows: Row[] }>;
}

/** The session tables; idempotent, run once at start-up. */
export const SESSION_TABLES_SQL = `
CREATE TABLE IF NOT EXISTS console_sessions (
  id text PRIMARY KEY,
  data text NOT NULL,
  expires_at bigint NOT NULL
);
CREATE INDEX IF NOT EXISTS console_sessions_expires_at ON console_sessions (expires_at);
CREATE TABLE IF NOT EXISTS console_oauth_states (
  state text PRIMARY KEY,
  data text NOT NULL,
  expires_at bigint NOT NULL
);`;

/**
 * Sessions in the embedded store (PGlite in DATA_DIR) or in PostgreSQL (DATABASE_URL):
 * they survive a restart with no set-up. Rows past their expiry are ignored on read and
 * swept on write, so the table cannot grow without bound.
 */
export function sqlSessionBackend(db: SqlRunner, now: () => number = Date.now): SessionBackend {
  return {
    async save(session: StoredSession, ttlMs: number) {
      await db.query(
        `INSERT INTO console_sessions (id, data, expires_at) VALUES ($1, $2, $3)
         ON CONFLICT (id) DO UPDATE SET data = EXCLUDED.data, expires_at = EXCLUDED.expires_at`,
        [session.id, JSON.stringify(session), now() + ttlMs],
      );
    },
    async load(id) {
      const { rows } = await db.query<{ data: string }>(
        'SELECT data FROM console_sessions WHERE id = $1 AND expires_at > $2',
        [id, now()],
      );
      return rows.length === 0 ? null : (JSON.parse(rows[0].data) as StoredSession);
    },
    async remove(id) {
      await db.query('DELETE FROM console_sessions WHERE id = $1', [id]);
    },
    async saveState(state, data, ttlMs) {
      await db.query('DELETE FROM console_oauth_states WHERE expires_at <= $1', [now()]);
      await db.query('DELETE FROM console_sessions WHERE expires_at <= $1', [now()]);
      await db.query('INSERT INTO console_oauth_states (state, data, expires_at) VALUES ($1, $2, $3)', [
        state,
        data,
        now() + ttlMs,
      ]);
    },
    async takeState(state) {
      // One statement: of two callbacks racing with one state, only one gets the row.
      const { rows } = await db.query<{ data: string }>(
        'DELETE FROM console_oauth_states WHERE state = $1 AND expires_at > $2 RETURNING data',
        [state, now()],
      );
      return rows.length === 0 ? null : rows[0].data;
    },
    // The store owns the connection; it closes it on shutdown.
    async close() {},
  };
}
