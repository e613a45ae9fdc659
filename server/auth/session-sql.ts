import type { SqlClient } from '../store/store';
import type { SessionBackend, StoredSession } from './session-store';

/**
 * Sessions in the embedded store (PGlite in DATA_DIR) or in PostgreSQL (DATABASE_URL):
 * they survive a restart with no set-up. The tables come from the store's migrations
 * (server/store/migrations.ts, "sessions"). Rows past their expiry are ignored on read
 * and swept when a sign-in starts, so the tables cannot grow without bound.
 */
export function sqlSessionBackend(db: SqlClient, now: () => number = Date.now): SessionBackend {
  return {
    async save(session: StoredSession, ttlMs: number) {
      await db.query(
        `INSERT INTO console_sessions (id, data, expires_at) VALUES ($1, $2, $3)
         ON CONFLICT (id) DO UPDATE SET data = EXCLUDED.data, expires_at = EXCLUDED.expires_at`,
        [session.id, JSON.stringify(session), now() + ttlMs],
      );
    },
    async load(id) {
      const rows = await db.query<{ data: string }>('SELECT data FROM console_sessions WHERE id = $1 AND expires_at > $2', [
        id,
        now(),
      ]);
      return rows.length === 0 ? null : (JSON.parse(rows[0].data) as StoredSession);
    },
    async remove(id) {
      await db.query('DELETE FROM console_sessions WHERE id = $1', [id]);
    },
    async saveState(state, data, ttlMs) {
      await db.query('DELETE FROM console_oauth_states WHERE expires_at <= $1', [now()]);
      await db.query('DELETE FROM console_sessions WHERE expires_at <= $1', [now()]);
      await db.query('INSERT INTO console_oauth_states (state, data, expires_at) VALUES ($1, $2, $3)', [state, data, now() + ttlMs]);
    },
    async takeState(state) {
      // One statement: of two callbacks racing with one state, only one gets the row.
      const rows = await db.query<{ data: string }>(
        'DELETE FROM console_oauth_states WHERE state = $1 AND expires_at > $2 RETURNING data',
        [state, now()],
      );
      return rows.length === 0 ? null : rows[0].data;
    },
    // The store owns the connection; main.ts closes it on shutdown.
    async close() {},
  };
}
