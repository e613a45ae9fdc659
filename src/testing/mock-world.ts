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
  beforeAll(() => {
    setRateLimitsEnabled(false);
    server.listen({ onUnhandledRequest: 'error' });
  });
  afterEach(() => {
    db.reset();
    resetRateLimits();
    setRateLimitsEnabled(false);
    server.resetHandlers();
  });
  afterAll(() => server.close());
  return {
    server,
    enableRateLimits: () => setRateLimitsEnabled(true),
  };
}

/**
 * The same, under the name the brief gives it. eslint's react-hooks rule takes any
 * `use…` call outside a component for a misplaced React hook, so test files call
 * `installMockWorld()` until the lint config exempts `*.test.ts` from that rule.
 */
export const useMockWorld = installMockWorld;
