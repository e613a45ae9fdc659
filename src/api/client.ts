import type { z } from 'zod';
import { ApiError, parseRetryAfter } from './api-error';
import { BATCH_ID_HEADER, CHANGE_ID_HEADER, UNDO_OF_HEADER } from './contracts/changes';
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
  /** Which bulk action or undo this change belongs to; the server records it (issue 11). */
  tag?: ConsoleTag;
  /** `/console` for the server's own JSON (change history), `/auth` for sign-in; Kakao's API otherwise. */
  prefix?: typeof API_PREFIX | typeof CONSOLE_PREFIX | typeof AUTH_PREFIX;
}

/** Read and stripped by the server before Kakao; written into the change history. */
export interface ConsoleTag {
  batchId?: string;
  undoOf?: string;
}

/** A change the server recorded, as announced by its `X-Console-Change-Id` answer header. */
export interface RecordedChange {
  changeId: string;
  method: string;
  path: string;
  body: unknown;
  adAccountId?: number | null;
  tag?: ConsoleTag;
}

const DEFAULT_TIMEOUT_MS = 20_000;
export const API_PREFIX = '/api';
export const CONSOLE_PREFIX = '/console';
export const AUTH_PREFIX = '/auth';

const changeListeners = new Set<(change: RecordedChange) => void>();

/** Tells `listener` about every change the server recorded (the undo toast listens). */
export function onRecordedChange(listener: (change: RecordedChange) => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

/** Relative in the browser; Node's fetch (Vitest) needs an absolute URL. */
function apiUrl(prefix: string, path: string, query?: Record<string, QueryValue>): URL {
  const origin = globalThis.location?.origin ?? 'http://localhost';
  const url = new URL(`${prefix}${path}`, origin === 'null' ? 'http://localhost' : origin);
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
  changeId: string | null;
  retryAfter: string | null;
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
    const { headers } = response;
    const text = await readText(response, combined);
    return {
      status: response.status,
      ok: response.ok,
      text,
      changeId: headers.get(CHANGE_ID_HEADER),
      retryAfter: headers.get('Retry-After'),
    };
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
  const { method = 'GET', query, body, schema, adAccountId, signal, tag, timeoutMs = DEFAULT_TIMEOUT_MS } = options;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (adAccountId !== undefined && adAccountId !== null) headers.adAccountId = String(adAccountId);
  // The server refuses any mutation not declared JSON (server/csrf.ts), bodiless ones too.
  if (method !== 'GET') headers['Content-Type'] = 'application/json';
  if (tag?.batchId) headers[BATCH_ID_HEADER] = tag.batchId;
  if (tag?.undoOf) headers[UNDO_OF_HEADER] = tag.undoOf;

  const response = await send(
    apiUrl(options.prefix ?? API_PREFIX, path, query),
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
      retryAfterMs: parseRetryAfter(response.retryAfter),
    });
  }
  if (!response.ok) {
    throw new ApiError({
      kind: 'http',
      status: response.status,
      message: `HTTP ${response.status}`,
      retryAfterMs: parseRetryAfter(response.retryAfter),
    });
  }
  if (response.changeId) {
    const change = { changeId: response.changeId, method, path, body, adAccountId, tag };
    for (const listener of changeListeners) listener(change);
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
