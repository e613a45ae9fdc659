import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import type { AppEnv } from './security';

const NOT_FOUND_HEADERS = { 'Content-Type': 'text/plain; charset=utf-8' };

/** A missing asset must be a 404: answering index.html would hide the error behind a MIME mismatch. */
function looksLikeFile(path: string): boolean {
  const last = path.slice(path.lastIndexOf('/') + 1);
  return path.startsWith('/assets/') || last.includes('.');
}

/**
 * Serves the built app from `staticDir`. Every other GET that looks like a page (no
 * file extension) answers index.html, so deep links such as /accounts/1/campaigns/2
 * work on reload. /api never reaches here: the proxy answers all of it.
 */
export function createStaticApp(staticDir: string): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  // precompressed: the build writes .br and .gz siblings (scripts/build/precompress.ts);
  // serveStatic picks one by Accept-Encoding and sets Content-Encoding.
  const indexHtml = serveStatic<AppEnv>({ root: staticDir, path: 'index.html', precompressed: true });

  app.use('*', async (c, next) => {
    await next();
    if (c.res.status !== 200) return;
    // Hashed assets never change; the HTML names them, so it must be revalidated each load.
    const hashed = c.req.path.startsWith('/assets/');
    c.header('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    // Set on the uncompressed answer too, or a cache could hand raw bytes to everyone.
    if (!c.res.headers.get('Vary')?.includes('Accept-Encoding')) c.header('Vary', 'Accept-Encoding', { append: true });
  });
  app.get(
    '*',
    serveStatic<AppEnv>({ root: staticDir, precompressed: true }),
    async (c, next) => {
      if (looksLikeFile(c.req.path)) return c.body('Not found', 404, NOT_FOUND_HEADERS);
      return indexHtml(c, next);
    },
    (c) => c.body('Not found: the app is not built (run npm run build)', 404, NOT_FOUND_HEADERS),
  );
  app.all('*', (c) => c.body('Not found', 404, NOT_FOUND_HEADERS));
  return app;
}
