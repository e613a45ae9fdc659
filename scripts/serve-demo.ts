// Serves dist-demo/ under a sub-path, as a plain static host would, so the e2e smoke
// test proves the demo build works away from the site root with no server of ours.
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';

const port = Number(process.argv[2] ?? 4198);
const app = new Hono();
app.get('/demo', (c) => c.redirect('/demo/'));
app.use('/demo/*', serveStatic({ root: './dist-demo', rewriteRequestPath: (path) => path.replace(/^\/demo/, '') }));

serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, () => {
  console.log(`Demo build served at http://127.0.0.1:${port}/demo/`);
});
