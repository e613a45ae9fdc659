import { Hono } from 'hono';
import { isAllowedRoute, type ProxyMode } from './allowlist';
import { compressJson } from './api-compression';
import { mutationGuard } from './csrf';
import { bodySizeLimit, jsonError, type AppEnv } from './security';
import { TooLarge, type Upstream, type UpstreamAnswer } from './upstream';

/** The bearer token is the request's `kakaoToken`, set before the proxy (app.ts). */
export interface ProxyOptions {
  mode: ProxyMode;
  /** e.g. https://apis.moment.kakao.com; `/openapi/v4` is appended here. */
  apiBase: string;
  /** For the log line only: the upstream enforces it (upstream.ts). */
  timeoutMs: number;
  upstream: Upstream;
  /** Already redacting: see redactingLogger. */
  log: (line: string) => void;
}

export const UPSTREAM_PREFIX = '/openapi/v4';
/** Far above any Kakao answer; a bigger body is a fault, not data worth holding in memory. */
export const MAX_UPSTREAM_BYTES = 32 * 1024 * 1024;
const DIGITS = /^\d+$/;
// Upstream headers worth passing back; Set-Cookie and the rest stay upstream.
const RESPONSE_HEADERS = ['Content-Type', 'Retry-After'];

/** Kakao's ids are JSON numbers: past 2^53 the browser cannot hold one exactly, so none is real. */
function isExactId(digits: string): boolean {
  return Number.isSafeInteger(Number(digits));
}

export function upstreamRoot(apiBase: string): string {
  return `${apiBase.replace(/\/+$/, '')}${UPSTREAM_PREFIX}`;
}

/** Builds the upstream request headers from scratch: nothing else from the browser passes. */
function upstreamHeaders(token: string, adAccountId: string | undefined, contentType: string | undefined) {
  const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
  if (adAccountId !== undefined) headers.adAccountId = adAccountId;
  if (contentType !== undefined) headers['Content-Type'] = contentType;
  return headers;
}

/** Strips the token from an upstream body, in case an error message echoes the request. */
function scrub(body: Buffer<ArrayBuffer>, token: string): Buffer<ArrayBuffer> {
  if (!body.includes(token)) return body;
  return Buffer.from(body.toString('utf8').split(token).join('[redacted]'), 'utf8');
}

/** The `/api/*` sub-app: allowlisted requests go to `${apiBase}/openapi/v4/*`, nothing else does. */
export function createProxy(options: ProxyOptions): Hono<AppEnv> {
  const root = upstreamRoot(options.apiBase);
  const rootOrigin = new URL(root).origin;
  const proxy = new Hono<AppEnv>();

  proxy.use('*', mutationGuard(), bodySizeLimit());

  proxy.all('*', async (c) => {
    const url = new URL(c.req.url);
    const path = url.pathname.replace(/^\/api(?=\/|$)/, '');
    if (!isAllowedRoute(options.mode, c.req.method, path)) {
      return jsonError(404, 'not_found', 'This API path is not available through the console.');
    }
    const adAccountId = c.req.header('adAccountId');
    if (adAccountId !== undefined && !DIGITS.test(adAccountId)) {
      return jsonError(400, 'bad_ad_account_id', 'adAccountId must be all digits.');
    }
    if ((adAccountId !== undefined && !isExactId(adAccountId)) || path.split('/').some((s) => DIGITS.test(s) && !isExactId(s))) {
      return jsonError(400, 'bad_id', 'An id above 2^53 cannot be a Kakao id.');
    }
    const target = `${root}${path}${url.search}`;
    // Defence in depth: the allowlist already pins the path, but the final URL must too.
    if (!target.startsWith(`${root}/`) || new URL(target).origin !== rootOrigin) {
      return jsonError(400, 'bad_path', 'This path is not allowed.');
    }
    const token = c.get('kakaoToken') ?? c.env?.kakaoToken;
    // Only a sub-request the server forgot to give a token could get here without one.
    if (!token) return jsonError(401, 'signed_out', 'Sign in with your Kakao Business account.');
    const hasBody = c.req.method === 'POST' || c.req.method === 'PUT';
    const body = hasBody ? new Uint8Array(await c.req.arrayBuffer()) : undefined;

    let outcome: UpstreamAnswer | 'timeout';
    try {
      outcome = await options.upstream(target, { method: c.req.method, headers: upstreamHeaders(token, adAccountId, c.req.header('Content-Type')), body });
    } catch (error) {
      const reason = error instanceof TooLarge ? `answer above ${MAX_UPSTREAM_BYTES} bytes` : error instanceof Error ? error.message : String(error);
      options.log(`[proxy] ${c.req.method} ${path} failed: ${reason}`);
      return jsonError(502, 'upstream_unreachable', 'Kakao Moment could not be reached.');
    }
    if (outcome === 'timeout') {
      options.log(`[proxy] ${c.req.method} ${path} timed out after ${options.timeoutMs} ms`);
      return jsonError(504, 'upstream_timeout', 'Kakao Moment did not answer in time.');
    }

    const { status } = outcome;
    if (status < 200 || status > 599) {
      options.log(`[proxy] ${c.req.method} ${path} got unusable status ${status}`);
      return jsonError(502, 'upstream_unreachable', 'Kakao Moment gave an unusable answer.');
    }
    const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
    for (const name of RESPONSE_HEADERS) {
      const value = outcome.header(name);
      if (value !== undefined) headers[name] = value;
    }
    if (status === 204 || status === 304 || outcome.bytes.byteLength === 0) return new Response(null, { status, headers });
    // The sandbox placeholder is no secret, and scrubbing it would mangle mock data.
    const plain = options.mode === 'sandbox' ? outcome.bytes : scrub(outcome.bytes, token);
    const sent = await compressJson(plain, c.req.header('Accept-Encoding'));
    headers.Vary = 'Accept-Encoding';
    if (sent.encoding !== null) headers['Content-Encoding'] = sent.encoding;
    return new Response(sent.bytes, { status, headers });
  });

  return proxy;
}
