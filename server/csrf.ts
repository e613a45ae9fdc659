import type { MiddlewareHandler } from 'hono';
import { jsonError, type AppEnv } from './security';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'DELETE', 'PATCH']);
// `none` is a request the user started (address bar, bookmark); every other value but
// `same-origin` names another site: a sibling subdomain or port is as foreign as evil.example.
const TRUSTED_FETCH_SITES = new Set(['same-origin', 'none']);
const JSON_MEDIA_TYPE = /^application\/json\s*(?:;|$)/i;

function sameHost(origin: string, requestUrl: string): boolean {
  try {
    return new URL(origin).host === new URL(requestUrl).host;
  } catch {
    return false; // "null" and garbage are foreign by definition
  }
}

/**
 * CSRF defence for every state-changing request. Three independent checks, because
 * each browser and each attack slips past one of them:
 * - `Sec-Fetch-Site` (sent by every current browser, not forgeable by a page) must say
 *   same-origin;
 * - an `Origin`, when sent, must be ours. Hosts are compared, not full origins, so a
 *   TLS-terminating reverse proxy (https outside, http inside) still works;
 * - the body must be declared `application/json`, which no HTML form and no "simple"
 *   cross-site fetch can send without a CORS preflight, and this server answers none.
 *   It holds for bodiless DELETEs too: one rule, and the console's client always says it.
 */
export function mutationGuard(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!UNSAFE_METHODS.has(c.req.method)) return next();
    const fetchSite = c.req.header('Sec-Fetch-Site');
    if (fetchSite !== undefined && !TRUSTED_FETCH_SITES.has(fetchSite.toLowerCase())) {
      return jsonError(403, 'cross_site', 'Cross-site requests are not allowed.');
    }
    const origin = c.req.header('Origin');
    if (origin !== undefined && !sameHost(origin, c.req.url)) {
      return jsonError(403, 'foreign_origin', 'Cross-origin requests are not allowed.');
    }
    if (!JSON_MEDIA_TYPE.test(c.req.header('Content-Type') ?? '')) {
      return jsonError(415, 'json_required', 'State-changing requests must send Content-Type: application/json.');
    }
    return next();
  };
}
