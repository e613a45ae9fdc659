import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * What @hono/node-server passes as `c.env`. Only `incoming.url` is read: it is the
 * request target exactly as sent, before the URL parser resolves `..` and `%2e%2e`.
 * `app.request()` in tests has no bindings, so everything here also checks the parsed URL.
 */
export interface ServerBindings {
  incoming?: Pick<IncomingMessage, 'url'>;
  /** The node response: headers set on it before hono answers merge into that answer's. */
  outgoing?: Pick<ServerResponse, 'setHeader' | 'headersSent'>;
  /**
   * Set only by the server's own sub-requests into the proxy (history reading a group
   * before a change), with the token of the request that causes them. Never from the network.
   */
  kakaoToken?: string;
}
export interface AppEnv {
  Bindings: ServerBindings;
  Variables: {
    /** The business token this request reaches Kakao with: the shared one, or the session's. */
    kakaoToken: string;
  };
}

export const MAX_BODY_BYTES = 1024 * 1024;

// Mantine injects <style> tags at run time, hence 'unsafe-inline' for styles only.
// Scripts come from our own files: no inline script is allowed (so no ColorSchemeScript).
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  ['Content-Security-Policy', CONTENT_SECURITY_POLICY],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  ['X-Frame-Options', 'DENY'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

/**
 * Set on every response (HTML, assets and API alike): nothing here is meant to be framed or sniffed.
 * On the node server they go on the node response up front, where node merges them into
 * whatever hono writes: setting them on hono's Response after `next()` makes hono copy
 * the whole Response, an eighth of the proxy's time in a profile (issue 9).
 * `app.request()` (tests) has no node response, so there they are set afterwards.
 */
export function securityHeaders(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const outgoing = c.env?.outgoing;
    if (outgoing !== undefined && !outgoing.headersSent) {
      for (const [name, value] of SECURITY_HEADERS) outgoing.setHeader(name, value);
      return next();
    }
    await next();
    for (const [name, value] of SECURITY_HEADERS) c.header(name, value);
  };
}

export function jsonError(status: number, error: string, message: string): Response {
  return new Response(JSON.stringify({ error, message }), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

/** `..`/`.` segments, encoded dots, slashes or backslashes, backslashes, empty segments. */
const UNSAFE_PATH = /%2e|%2f|%5c|%00|\\|\/\/|(?:^|\/)\.{1,2}(?:\/|$)/i;

/** True when a path (without its query string) could escape where it seems to point. */
export function isUnsafePath(path: string): boolean {
  return !path.startsWith('/') || UNSAFE_PATH.test(path);
}

function pathOf(target: string): string {
  const query = target.indexOf('?');
  return query === -1 ? target : target.slice(0, query);
}

/**
 * Refuses traversal and absolute-URL tricks before any routing. The raw request target
 * is checked when the node server gives it to us; the parsed one always is.
 */
export function pathGuard(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const raw = c.env?.incoming?.url;
    if ((raw !== undefined && isUnsafePath(pathOf(raw))) || isUnsafePath(new URL(c.req.url).pathname)) {
      return jsonError(400, 'bad_path', 'This path is not allowed.');
    }
    return next();
  };
}

/**
 * DNS rebinding defence: a server bound to loopback answers only to loopback host names,
 * or a page on evil.example resolving to 127.0.0.1 could read the console's API.
 */
export function hostGuard(allowedHosts: readonly string[] | undefined): MiddlewareHandler<AppEnv> {
  const allowed = allowedHosts && new Set(allowedHosts.map((host) => host.toLowerCase()));
  return async (c, next) => {
    if (allowed && !allowed.has(new URL(c.req.url).hostname.toLowerCase())) {
      return jsonError(403, 'bad_host', 'This host name is not allowed.');
    }
    return next();
  };
}

/** A GET or HEAD has no body to limit; asking hono's limiter builds a whole WHATWG Request for nothing. */
export function bodySizeLimit(): MiddlewareHandler<AppEnv> {
  const limit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    // The unread rest of the body is still on the socket: reading the next request from
    // it would fail, so this answer closes the connection and the client opens a new one.
    onError: () => {
      const response = jsonError(413, 'body_too_large', 'The request body is larger than 1 MB.');
      response.headers.set('Connection', 'close');
      return response;
    },
  });
  return async (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limit(c, next));
}

/** Wraps a log sink so that no line can carry the token, whatever an error message says. */
export function redactingLogger(token: string | undefined, sink: (line: string) => void): (line: string) => void {
  if (!token) return sink;
  return (line) => sink(line.split(token).join('[redacted]'));
}
