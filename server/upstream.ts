import { Pool } from 'undici';

/** How the proxy reaches Kakao: one call per request, whatever carries it. */
export interface UpstreamRequest {
  method: string;
  headers: Record<string, string>;
  body: Uint8Array<ArrayBuffer> | undefined;
  signal: AbortSignal;
}
export interface UpstreamResponse {
  status: number;
  header: (name: string) => string | undefined;
  body: AsyncIterable<Uint8Array> | null;
}
export type Upstream = (url: string, request: UpstreamRequest) => Promise<UpstreamResponse>;

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/**
 * Live mode: a keep-alive connection pool to Kakao's origin. The global fetch builds a
 * WHATWG Request and Response per call and was the proxy's main cost (issue 9).
 * undici follows no redirect unless told to, so a 3xx passes through as it is.
 */
export function poolUpstream(origin: string, timeoutMs: number): Upstream {
  const pool = new Pool(origin, { connections: 64, headersTimeout: timeoutMs, bodyTimeout: timeoutMs });
  return async (url, { method, headers, body, signal }) => {
    const { pathname, search } = new URL(url);
    const response = await pool.request({
      path: `${pathname}${search}`,
      method: method as 'GET',
      headers,
      body,
      signal,
    });
    return {
      status: response.statusCode,
      header: (name) => {
        const value = response.headers[name.toLowerCase()];
        return Array.isArray(value) ? value.join(', ') : value;
      },
      body: response.body,
    };
  };
}

/** Sandbox mode and tests: msw/node answers through the global fetch, which it patches. */
export function fetchUpstream(fetch: FetchLike): Upstream {
  return async (url, { method, headers, body, signal }) => {
    const response = await fetch(url, { method, headers, body, redirect: 'manual', signal });
    return {
      status: response.status,
      header: (name) => response.headers.get(name) ?? undefined,
      body: response.body,
    };
  };
}
