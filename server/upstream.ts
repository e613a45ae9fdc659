import type { IncomingHttpHeaders } from 'node:http';
import { Pool, type Dispatcher } from 'undici';

/** How the proxy reaches Kakao: one call per request, whatever carries it. */
export interface UpstreamRequest {
  method: string;
  headers: Record<string, string>;
  body: Uint8Array<ArrayBuffer> | undefined;
}
/** A whole answer, its body read in full under the size cap. */
export interface UpstreamAnswer {
  status: number;
  header: (name: string) => string | undefined;
  bytes: Buffer<ArrayBuffer>;
}
/**
 * One request and its whole body under one deadline (a body that stalls is a timeout
 * too): `'timeout'` once it passes. Rejects with TooLarge past the size cap, and with
 * the transport's error when Kakao cannot be reached.
 */
export type Upstream = (url: string, request: UpstreamRequest) => Promise<UpstreamAnswer | 'timeout'>;
export interface UpstreamLimits {
  timeoutMs: number;
  maxBytes: number;
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export class TooLarge extends Error {}

const timeoutError = () => new DOMException('The upstream deadline passed', 'TimeoutError');

/**
 * Collects one pooled answer. undici calls it straight from the socket: no AbortSignal,
 * stream or promise per chunk, which the proxy paid for on every request (issue 9).
 */
class AnswerCollector implements Dispatcher.DispatchHandler {
  #controller: Dispatcher.DispatchController | null = null;
  #status = 0;
  #headers: IncomingHttpHeaders = {};
  #chunks: Buffer[] = [];
  #size = 0;
  #done = false;
  readonly #timer: NodeJS.Timeout;

  constructor(
    private readonly limits: UpstreamLimits,
    private readonly settle: (result: UpstreamAnswer | 'timeout' | Error) => void,
  ) {
    this.#timer = setTimeout(() => this.#stop('timeout', timeoutError()), limits.timeoutMs);
  }

  /** Ends the call once; an unfinished request is aborted, which closes its connection. */
  #stop(result: UpstreamAnswer | 'timeout' | Error, abortReason?: Error) {
    if (this.#done) return;
    this.#done = true;
    clearTimeout(this.#timer);
    if (abortReason !== undefined) this.#controller?.abort(abortReason);
    this.settle(result);
  }

  onRequestStart(controller: Dispatcher.DispatchController) {
    this.#controller = controller;
    // The deadline passed while the request waited for a free connection.
    if (this.#done) controller.abort(timeoutError());
  }

  onResponseStart(_controller: Dispatcher.DispatchController, statusCode: number, headers: IncomingHttpHeaders) {
    this.#status = statusCode;
    this.#headers = headers;
  }

  onResponseData(_controller: Dispatcher.DispatchController, chunk: Buffer) {
    this.#size += chunk.byteLength;
    if (this.#size > this.limits.maxBytes) {
      const error = new TooLarge();
      this.#stop(error, error);
    } else {
      this.#chunks.push(chunk);
    }
  }

  onResponseEnd() {
    const headers = this.#headers;
    this.#stop({
      status: this.#status,
      header: (name) => {
        const value = headers[name.toLowerCase()];
        return Array.isArray(value) ? value.join(', ') : value;
      },
      bytes: Buffer.concat(this.#chunks, this.#size),
    });
  }

  onResponseError(_controller: Dispatcher.DispatchController, error: Error) {
    this.#stop(error);
  }
}

/**
 * Live mode: a keep-alive connection pool to Kakao's origin. The global fetch builds a
 * WHATWG Request and Response per call and was the proxy's main cost (issue 9).
 * undici follows no redirect unless told to, so a 3xx passes through as it is.
 */
export function poolUpstream(origin: string, limits: UpstreamLimits): Upstream {
  const pool = new Pool(origin, { connections: 64, headersTimeout: limits.timeoutMs, bodyTimeout: limits.timeoutMs });
  return (url, { method, headers, body }) =>
    new Promise((resolve, reject) => {
      const { pathname, search } = new URL(url);
      const collector = new AnswerCollector(limits, (result) => (result instanceof Error ? reject(result) : resolve(result)));
      pool.dispatch({ path: `${pathname}${search}`, method: method as Dispatcher.HttpMethod, headers, body }, collector);
    });
}

/** Collects a streamed body into one buffer, refusing past `cap` bytes. */
async function readCapped(body: AsyncIterable<Uint8Array> | null, cap: number): Promise<Buffer<ArrayBuffer>> {
  if (body === null) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.byteLength;
    if (size > cap) throw new TooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

/**
 * Sandbox mode and tests: msw/node answers through the global fetch, which it patches.
 * The race settles even when the fetch ignores its signal, so nothing hangs forever.
 */
export function fetchUpstream(fetch: FetchLike, limits: UpstreamLimits): Upstream {
  return async (url, { method, headers, body }) => {
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => {
        controller.abort(timeoutError());
        resolve('timeout');
      }, limits.timeoutMs);
    });
    let settled = false;
    const work = (async () => {
      const response = await fetch(url, { method, headers, body, redirect: 'manual', signal: controller.signal });
      const bytes = await readCapped(response.body, limits.maxBytes);
      settled = true;
      return { status: response.status, header: (name: string) => response.headers.get(name) ?? undefined, bytes };
    })();
    try {
      return await Promise.race([work, deadline]);
    } finally {
      clearTimeout(timer);
      // Releases the connection when the body was refused midway or the deadline passed.
      // Not after a whole answer: an abort costs a DOMException and an event per request.
      if (!settled) controller.abort();
      work.catch(() => undefined); // the loser of the race may still reject
    }
  };
}
