import { Hono } from 'hono';
import { ChangesQuery } from '../../src/api/contracts/changes';
import { mutationGuard } from '../csrf';
import { jsonError, type AppEnv } from '../security';
import type { Store } from '../store/store';
import { BadCursorError, listChanges } from './change-repo';

/**
 * `/console/*`: the console's own JSON, under the same CSRF rules as /api. Reads are
 * kept from other sites by the host guard (DNS rebinding) and by sending no CORS headers.
 * A session check joins with the sign-in issue.
 */
export function createHistoryRoutes(store: Store): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('*', mutationGuard());
  routes.get('/changes', async (c) => {
    const query = ChangesQuery.safeParse(c.req.query());
    if (!query.success) {
      const fields = [...new Set(query.error.issues.map((issue) => issue.path.join('.')))];
      return jsonError(400, 'bad_query', `Check these query parameters: ${fields.join(', ')}.`);
    }
    try {
      const page = await listChanges(store, query.data);
      return c.json(page, 200, { 'Cache-Control': 'no-store' });
    } catch (error) {
      if (error instanceof BadCursorError) return jsonError(400, 'bad_cursor', 'This cursor is not valid.');
      throw error;
    }
  });
  return routes;
}
