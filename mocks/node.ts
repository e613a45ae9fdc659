import { setupServer, type SetupServer } from 'msw/node';
import { createHandlers } from './handlers/index';

/**
 * The mock world for Node: Vitest (base 'http://localhost/api') and the server's
 * sandbox (base `${KAKAO_API_BASE}/openapi/v4`). The caller listens and closes.
 * Typed as msw's `SetupServer` interface: `setupServer()` returns that, not the class.
 */
export function createSandboxServer(base: string): SetupServer {
  return setupServer(...createHandlers(base));
}
