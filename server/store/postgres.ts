import pg from 'pg';
import type { SqlClient, Store } from './store';

type Queryable = { query: (text: string, values: unknown[]) => Promise<pg.QueryResult> };

const SCHEMA_NAME = /^[a-z_][a-z0-9_]*$/;

/** DATABASE_URL: a pool shared by every request of this instance. */
export async function openPostgres(databaseUrl: string, schema: string | undefined): Promise<Store> {
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) throw new Error(`Bad schema name: ${schema}`);
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 10,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  // An idle client that loses its server must not crash the process; the next query reconnects.
  pool.on('error', (error) => console.warn(`[store] idle PostgreSQL connection failed: ${error.message}`));
  if (schema !== undefined) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  const clientOf = (target: Queryable): SqlClient => ({
    query: async <Row>(sql: string, params: readonly unknown[] = []) =>
      (await target.query(sql, [...params])).rows as Row[],
  });
  return {
    engine: 'postgres',
    ...clientOf(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(clientOf(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
