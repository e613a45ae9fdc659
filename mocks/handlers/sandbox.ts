import { http, HttpResponse, type HttpHandler } from 'msw';
import { db } from '../db';
import { resetRateLimits } from '../rate-limit';

/** Listeners told about a reset, e.g. the browser worker clearing its saved snapshot. */
const resetListeners = new Set<() => void>();

export function onSandboxReset(listener: () => void): () => void {
  resetListeners.add(listener);
  return () => resetListeners.delete(listener);
}

/**
 * POST /__sandbox/reset: the seed comes back and past calls stop counting against the
 * rate limits. Not Kakao's: the server forwards it only in sandbox mode (decision 0002).
 */
export function createSandboxHandlers(base: string): HttpHandler[] {
  return [
    http.post(`${base}/__sandbox/reset`, () => {
      db.reset();
      resetRateLimits();
      for (const listener of resetListeners) listener();
      return new HttpResponse(null, { status: 204 });
    }),
  ];
}
