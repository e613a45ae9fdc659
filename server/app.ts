import { Hono } from 'hono';
import { mountHistory, type HistoryOptions } from './history/service';
import { createProxy, upstreamRoot } from './proxy';
import { createStaticApp } from './static';
import { fetchUpstream, poolUpstream, type FetchLike, type Upstream } from './upstream';
import { hostGuard, jsonError, pathGuard, redactingLogger, securityHeaders, type AppEnv } from './security';

interface CommonOptions {
  /** Kakao's origin, e.g. https://apis.moment.kakao.com (in sandbox, the origin msw intercepts). */
  apiBase: string;
  timeoutMs: number;
  /** The built app (dist/). Omitted: API only, as in Vite's dev server. */
  staticDir?: string;
  /**
   * Replaces the way to Kakao (tests). Omitted: a keep-alive undici pool in live mode;
   * in sandbox mode the global fetch, looked up per request so msw/node's patch applies.
   */
  fetch?: FetchLike;
  /** Defaults to console.warn. Every line is redacted of the token first. */
  log?: (line: string) => void;
  /** Host names this server answers to (see hostGuard); omitted: any. */
  allowedHosts?: readonly string[];
  /** Change history (server/history): recording on /api and GET /console/changes. Omitted: off. */
  history?: HistoryOptions;
}

export type AppOptions =
  | (CommonOptions & { mode: 'live'; token: string })
  | (CommonOptions & { mode: 'sandbox' });

/** What the sandbox receives as the bearer token: the mock world only checks that one is sent. */
export const SANDBOX_TOKEN = 'sandbox';

function upstreamOf(options: AppOptions): Upstream {
  if (options.fetch) return fetchUpstream(options.fetch);
  if (options.mode === 'live') return poolUpstream(new URL(upstreamRoot(options.apiBase)).origin, options.timeoutMs);
  return fetchUpstream((input, init) => globalThis.fetch(input, init));
}

/** The whole server without listen(): tests drive it with app.request(). */
export function createApp(options: AppOptions): Hono<AppEnv> {
  const token = options.mode === 'live' ? options.token : SANDBOX_TOKEN;
  if (options.mode === 'live' && token.trim() === '') throw new Error('Live mode needs a business token');
  const log = redactingLogger(
    options.mode === 'live' ? token : undefined,
    options.log ?? ((line) => console.warn(line)),
  );
  const app = new Hono<AppEnv>();

  app.use('*', securityHeaders(), pathGuard(), hostGuard(options.allowedHosts));
  const proxy = createProxy({
    mode: options.mode,
    token,
    apiBase: options.apiBase,
    timeoutMs: options.timeoutMs,
    upstream: upstreamOf(options),
    log,
  });
  if (options.history) mountHistory(app, options.history, async (request) => proxy.fetch(request), log);
  app.route('/api', proxy);
  // hono's '/api' mount matches /api/* but not the bare prefix.
  app.all('/api', () => jsonError(404, 'not_found', 'This API path is not available through the console.'));
  if (options.staticDir !== undefined) app.route('/', createStaticApp(options.staticDir));

  app.notFound(() => jsonError(404, 'not_found', 'Not found.'));
  app.onError((error) => {
    log(`[server] unexpected error: ${error instanceof Error ? error.message : String(error)}`);
    return jsonError(500, 'internal_error', 'The console server failed on this request.');
  });
  return app;
}
