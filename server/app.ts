import { Hono } from 'hono';
import type { OAuthClient } from './auth/kakao-oauth';
import { createAuthRoutes } from './auth/routes';
import type { SessionKeys } from './auth/session-crypto';
import { sessionGuard } from './auth/session-guard';
import type { SessionLimits, SessionStore } from './auth/session-store';
import { mountHistory, type HistoryOptions } from './history/service';
import { createProxy, MAX_UPSTREAM_BYTES, upstreamRoot } from './proxy';
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

/** Business sign-in: each browser's session holds its own token (server/auth/). */
export interface BusinessAuth {
  client: OAuthClient;
  sessions: SessionStore;
  keys: SessionKeys;
  limits: SessionLimits;
}

/** `live` is the shared-token mode: everyone acts as KAKAO_BUSINESS_TOKEN's owner. */
export type AppOptions =
  | (CommonOptions & { mode: 'live'; token: string })
  | (CommonOptions & { mode: 'business'; auth: BusinessAuth })
  | (CommonOptions & { mode: 'sandbox' });

/** What the sandbox receives as the bearer token: the mock world only checks that one is sent. */
export const SANDBOX_TOKEN = 'sandbox';

function upstreamOf(options: AppOptions): Upstream {
  const limits = { timeoutMs: options.timeoutMs, maxBytes: MAX_UPSTREAM_BYTES };
  if (options.fetch) return fetchUpstream(options.fetch, limits);
  if (options.mode !== 'sandbox') return poolUpstream(new URL(upstreamRoot(options.apiBase)).origin, limits);
  return fetchUpstream((input, init) => globalThis.fetch(input, init), limits);
}

/** The whole server without listen(): tests drive it with app.request(). */
export function createApp(options: AppOptions): Hono<AppEnv> {
  if (options.mode === 'live' && options.token.trim() === '') throw new Error('Live mode needs a business token');
  const log = redactingLogger(
    options.mode === 'live' ? options.token : undefined,
    options.log ?? ((line) => console.warn(line)),
  );
  const app = new Hono<AppEnv>();

  app.use('*', securityHeaders(), pathGuard(), hostGuard(options.allowedHosts));
  if (options.mode === 'business') {
    // Kakao's auth servers are other origins than the API's pool: plain fetch for them.
    const fetch: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    app.route('/auth', createAuthRoutes({ ...options.auth, fetch, timeoutMs: options.timeoutMs, log }));
    app.use('/api/*', sessionGuard(options.auth));
  } else {
    const token = options.mode === 'live' ? options.token : SANDBOX_TOKEN;
    const session = { mode: options.mode === 'live' ? 'shared' : 'sandbox', signedIn: true, user: {}, scopes: [], expired: false };
    app.get('/auth/session', (c) => c.json(session, 200, { 'Cache-Control': 'no-store' }));
    app.use('/api/*', async (c, next) => {
      c.set('kakaoToken', token);
      await next();
    });
  }
  const proxy = createProxy({
    mode: options.mode === 'sandbox' ? 'sandbox' : 'live',
    apiBase: options.apiBase,
    timeoutMs: options.timeoutMs,
    upstream: upstreamOf(options),
    log,
  });
  // After the token is known: history reads the group with the same token as the change.
  if (options.history) {
    mountHistory(app, options.history, async (request, kakaoToken) => proxy.fetch(request, { kakaoToken }), log);
  }
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
