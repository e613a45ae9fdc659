import type { z } from 'zod';
import { ApiError } from './api-error';
import { asErrorEnvelope } from './contracts/error';

export type QueryValue = string | number | boolean | readonly (string | number)[] | null | undefined;

export interface RequestOptions<S extends z.ZodType | undefined> {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** Response contract; omit for endpoints that answer 200 with no body. */
  schema?: S;
  /** Sent as the `adAccountId` header, as Kakao requires on most endpoints. */
  adAccountId?: number | null;
  signal?: AbortSignal;
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 20_000;
export const API_PREFIX = '/api';

/** Relative in the browser; Node's fetch (Vitest) needs an absolute URL. */
function apiUrl(path: string, query?: Record<string, QueryValue>): URL {
  const origin = globalThis.location?.origin ?? 'http://localhost';
  const url = new URL(`${API_PREFIX}${path}`, origin === 'null' ? 'http://localhost' : origin);
  for (const [key, value] of Object.entries(query ?? {})) {
    // An empty list means "no filter": leave the parameter out so Kakao's default applies.
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    // Kakao takes list parameters comma-separated: config=ON,OFF
    url.searchParams.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  return url;
}

/** Not every fetch (msw/node's, for one) aborts a body that is being read; race it. */
async function readText(response: Response, signal: AbortSignal): Promise<string> {
  let stop = () => {};
  const aborted = new Promise<never>((_, reject) => {
    stop = () => {
      void response.body?.cancel().catch(() => undefined);
      reject(signal.reason);
    };
  });
  if (signal.aborted) stop();
  signal.addEventListener('abort', stop, { once: true });
  try {
    return await Promise.race([response.text(), aborted]);
  } finally {
    signal.removeEventListener('abort', stop);
  }
}

interface Received {
  status: number;
  ok: boolean;
  text: string;
}

/**
 * Fetches and reads the body under one deadline: a server that sends its headers and
 * then stalls must time out too, not leave a raw AbortError to the caller.
 */
async function send(url: URL, init: RequestInit, timeoutMs: number, signal?: AbortSignal): Promise<Received> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  try {
    const response = await fetch(url, { ...init, signal: combined });
    return { status: response.status, ok: response.ok, text: await readText(response, combined) };
  } catch (cause) {
    if (signal?.aborted) throw cause; // React Query cancelled it; not an error to show
    if (timeout.aborted) throw new ApiError({ kind: 'timeout', message: `Timed out after ${timeoutMs} ms` });
    throw new ApiError({ kind: 'network', message: cause instanceof Error ? cause.message : 'Network error' });
  }
}

/**
 * A failed status with a body that is not JSON (a proxy's HTML error page) is an HTTP
 * error, not a malformed answer: only a successful status must carry JSON.
 */
function readJson({ text, status, ok }: Received): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    if (!ok) return undefined;
    throw new ApiError({ kind: 'malformed', status, message: 'The server answered with something that is not JSON' });
  }
}

/** The one fetch wrapper: every request of the app goes through here. */
export async function apiRequest<S extends z.ZodType | undefined = undefined>(
  path: string,
  options: RequestOptions<S> = {},
): Promise<S extends z.ZodType ? z.infer<S> : void> {
  const { method = 'GET', query, body, schema, adAccountId, signal, timeoutMs = DEFAULT_TIMEOUT_MS } = options;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (adAccountId !== undefined && adAccountId !== null) headers.adAccountId = String(adAccountId);
  if (body !== undefined) headers['Content-Type'] = 'application/json';

  const response = await send(
    apiUrl(path, query),
    { method, headers, body: body === undefined ? undefined : JSON.stringify(body) },
    timeoutMs,
    signal,
  );
  const json = readJson(response);

  const envelope = asErrorEnvelope(json);
  if (envelope) {
    throw new ApiError({
      kind: 'kakao',
      status: response.status,
      code: envelope.code,
      detailCode: envelope.extras?.detailCode,
      detailMsg: envelope.extras?.detailMsg,
      message: envelope.extras?.detailMsg ?? envelope.msg,
    });
  }
  if (!response.ok) {
    throw new ApiError({ kind: 'http', status: response.status, message: `HTTP ${response.status}` });
  }
  if (!schema) return undefined as never;

  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new ApiError({
      kind: 'malformed',
      status: response.status,
      message: `Unexpected response shape: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
    });
  }
  return parsed.data as never;
}
