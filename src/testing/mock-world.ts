import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { db } from '../../mocks/db';
import { createSandboxServer } from '../../mocks/node';
import { resetRateLimits, setRateLimitsEnabled } from '../../mocks/rate-limit';

/** The base the API client resolves `/api` to under Node (src/api/client.ts). */
export const TEST_API_BASE = 'http://localhost/api';

/**
 * The mock Kakao Moment for a Vitest file: listens before the tests, refuses any
 * request it has no handler for, and after each test restores the seed, drops
 * per-test handlers and turns the rate limits back off. A test that wants the limits
 * calls `world.enableRateLimits()`.
 */
export function installMockWorld() {
  const server = createSandboxServer(TEST_API_BASE);
  // The console server's own answer in the sandbox (server/app.ts), for the app shell's session gate.
  const sandboxSession = http.get('*/auth/session', () =>
    HttpResponse.json({ mode: 'sandbox', signedIn: true, user: {}, scopes: [], expired: false }),
  );
  server.use(sandboxSession);
  beforeAll(() => {
    setRateLimitsEnabled(false);
    server.listen({ onUnhandledRequest: 'error' });
  });
  afterEach(() => {
    db.reset();
    resetRateLimits();
    setRateLimitsEnabled(false);
    server.resetHandlers();
    server.use(sandboxSession);
  });
  afterAll(() => server.close());
  return {
    server,
    enableRateLimits: () => setRateLimitsEnabled(true),
  };
}
