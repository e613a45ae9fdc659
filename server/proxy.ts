import { Hono } from 'hono';
import { isAllowedRoute, type ProxyMode } from './allowlist';
import { mutationGuard } from './csrf';
import { bodySizeLimit, jsonError, type AppEnv } from './security';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface ProxyOptions {
  mode: ProxyMode;
  /** Sent upstream as the bearer token. In sandbox mode a placeholder the mock world accepts. */
  token: string;
  /** e.g. https://apis.moment.kakao.com; `/openapi/v4` is appended here. */
  apiBase: string;
  timeoutMs: number;
  fetch: FetchLike;
  /** Already redacting: see redactingLogger. */
  log: (line: string) => void;
}

export const UPSTREAM_PREFIX = '/openapi/v4';
const DIGITS = /^\d+$/;

/** Kakao's ids are JSON numbers: past 2^53 the browser cannot hold one exactly, so none is real. */
function isExactId(digits: string): boolean {
  return Number.isSafeInteger(Number(digits));
}
// Upstream headers worth passing back; Set-Cookie and the rest stay upstream.
const RESPONSE_HEADERS = ['Content-Type', 'Retry-After'];

function upstreamRoot(apiBase: string): string {
  return `${apiBase.replace(/\/+$/, '')}${UPSTREAM_PREFIX}`;
}

/** Builds the upstream request headers from scratch: nothing else from the browser passes. */
function upstreamHeaders(token: string, adAccountId: string | undefined, contentType: string | undefined): Headers {
  const headers = new Headers({ Authorization: `Bearer ${token}` });
  if (adAccountId !== undefined) headers.set('adAccountId', adAccountId);
  if (contentType !== undefined) headers.set('Content-Type', contentType);
  return headers;
}

/** Strips the token from an upstream body, in case an error message echoes the request. */
function scrub(body: Uint8Array, token: string): Uint8Array {
  const buffer = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  if (!buffer.includes(token)) return body;
  return Buffer.from(buffer.toString('utf8').split(token).join('[redacted]'), 'utf8');
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

/** Settles when `signal` aborts even if `work` ignores it, so no request can hang forever. */
function withDeadline<T>(signal: AbortSignal, work: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work()
      .then(resolve, reject)
      .finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** The `/api/*` sub-app: allowlisted requests go to `${apiBase}/openapi/v4/*`, nothing else does. */
export function createProxy(options: ProxyOptions): Hono<AppEnv> {
  const root = upstreamRoot(options.apiBase);
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
    if (!target.startsWith(`${root}/`) || new URL(target).origin !== new URL(root).origin) {
      return jsonError(400, 'bad_path', 'This path is not allowed.');
    }
    const hasBody = c.req.method === 'POST' || c.req.method === 'PUT';
    const body = hasBody ? await c.req.arrayBuffer() : undefined;

    let status: number;
    let responseHeaders: Headers;
    let responseBody: Uint8Array;
    try {
      const signal = AbortSignal.timeout(options.timeoutMs);
      // Read the whole body under the same deadline: a stalled body is a timeout too.
      const upstream = await withDeadline(signal, async () => {
        const response = await options.fetch(target, {
          method: c.req.method,
          headers: upstreamHeaders(options.token, adAccountId, c.req.header('Content-Type')),
          body,
          redirect: 'manual',
          signal,
        });
        return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
      });
      responseBody = upstream.bytes;
      status = upstream.response.status;
      responseHeaders = upstream.response.headers;
    } catch (error) {
      if (isTimeout(error)) {
        options.log(`[proxy] ${c.req.method} ${path} timed out after ${options.timeoutMs} ms`);
        return jsonError(504, 'upstream_timeout', 'Kakao Moment did not answer in time.');
      }
      const reason = error instanceof Error ? error.message : String(error);
      options.log(`[proxy] ${c.req.method} ${path} failed: ${reason}`);
      return jsonError(502, 'upstream_unreachable', 'Kakao Moment could not be reached.');
    }

    if (status < 200 || status > 599) {
      options.log(`[proxy] ${c.req.method} ${path} got unusable status ${status}`);
      return jsonError(502, 'upstream_unreachable', 'Kakao Moment gave an unusable answer.');
    }
    const headers = new Headers({ 'Cache-Control': 'no-store' });
    for (const name of RESPONSE_HEADERS) {
      const value = responseHeaders.get(name);
      if (value !== null) headers.set(name, value);
    }
    const noBody = status === 204 || status === 304 || responseBody.byteLength === 0;
    // The sandbox placeholder is no secret, and scrubbing it would mangle mock data.
    const bytes = noBody || options.mode === 'sandbox' ? responseBody : scrub(responseBody, options.token);
    return new Response(noBody ? null : new Uint8Array(bytes), { status, headers });
  });

  return proxy;
}
