// Shared by the server tests: a recording fake of Kakao and apps wired to it.
import { createApp, type AppOptions } from './app';
import type { FetchLike } from './upstream';

export const TOKEN = 'tok-3fA9xQ7mZ2-secret';
export const API_BASE = 'https://kakao.test';
/** What every mutation must declare (see mutationGuard). */
export const JSON_TYPE = { 'Content-Type': 'application/json' } as const;

export interface Forwarded {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | null;
}

type Respond = (call: Forwarded, signal: AbortSignal | undefined) => Response | Promise<Response>;

/** Records every forwarded request; answers `{ ok: true }` unless told otherwise. */
export function fakeUpstream(respond: Respond = () => Response.json({ ok: true })) {
  const calls: Forwarded[] = [];
  const fetch: FetchLike = async (input, init) => {
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, name) => {
      headers[name] = value;
    });
    const body = init.body === undefined || init.body === null ? null : await new Response(init.body).text();
    const call = { url: input, method: init.method ?? 'GET', headers, body };
    calls.push(call);
    return respond(call, init.signal ?? undefined);
  };
  return { calls, fetch };
}

type Extra = Partial<Omit<AppOptions, 'mode' | 'token'>>;

export function liveApp(fetch: FetchLike, extra: Extra = {}) {
  const lines: string[] = [];
  const app = createApp({
    mode: 'live',
    token: TOKEN,
    apiBase: API_BASE,
    timeoutMs: 1_000,
    fetch,
    log: (line) => lines.push(line),
    ...extra,
  });
  return { app, lines };
}

export function sandboxApp(fetch: FetchLike, extra: Extra = {}) {
  const lines: string[] = [];
  const app = createApp({
    mode: 'sandbox',
    apiBase: API_BASE,
    timeoutMs: 1_000,
    fetch,
    log: (line) => lines.push(line),
    ...extra,
  });
  return { app, lines };
}

/** Serialises a whole response, headers included, to look for leaks. */
export async function dump(response: Response): Promise<string> {
  const headers = [...response.headers.entries()].map(([name, value]) => `${name}: ${value}`).join('\n');
  return `${response.status}\n${headers}\n\n${await response.text()}`;
}
