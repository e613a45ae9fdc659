/**
 * The only Kakao Moment endpoints the proxy forwards: the console's own. Anything else
 * (campaign delete, the other reports, creatives…) is refused, so a bug or a hostile page can
 * never use the business token for more than this console does.
 * Paths are relative to `/openapi/v4`; `{id}` stands for an all-digit id.
 */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';
export type ProxyMode = 'live' | 'sandbox';

const AD_GROUP_ROUTES = [
  'GET /adGroups',
  'GET /adGroups/{id}',
  'POST /adGroups',
  'PUT /adGroups',
  'PUT /adGroups/dailyBudgetAmount',
  'PUT /adGroups/bidAmount',
  'PUT /adGroups/pacing',
  'PUT /adGroups/onOff',
  'DELETE /adGroups/{id}',
  'PUT /adGroups/cancel/{id}',
  'GET /adGroups/{id}/latestSystemConfigHistory',
  'GET /adGroups/{id}/systemConfigHistories',
  'POST /targetings/populationScore',
] as const;

/** The look-ups of shared/spec/related-endpoints.md. */
const LOOKUP_ROUTES = [
  'GET /adAccounts/pages',
  'GET /adAccounts/{id}',
  'GET /campaigns',
  'GET /campaigns/{id}',
  'GET /targetings/location/depth1',
  'GET /targetings/location/depth2',
  'GET /targetings/location/depth3',
  'GET /targetings/placement/adServingCategories',
  'GET /targetings/placement/sectionCategories',
  'GET /targetings/data/categories',
  'GET /customerFiles',
  'GET /trackers/rights',
  'GET /targetings/cohort/list',
  'GET /targetings/audiences',
  'GET /adAccounts/channel/profiles',
  'GET /talkChannelGroupFiles',
] as const;

/**
 * The performance figures (issue 12): the ad group report only. The account, campaign and
 * creative reports stay refused until the console shows them.
 */
const REPORT_ROUTES = ['GET /adGroups/report'] as const;

/** Answered by the mock world only: tests reset its data. Live mode has no such route. */
const SANDBOX_ONLY_ROUTES = ['POST /__sandbox/reset'] as const;

export const LIVE_ROUTES: readonly string[] = [...AD_GROUP_ROUTES, ...LOOKUP_ROUTES, ...REPORT_ROUTES];
export const SANDBOX_ROUTES: readonly string[] = [...LIVE_ROUTES, ...SANDBOX_ONLY_ROUTES];

interface CompiledRoute {
  method: HttpMethod;
  pattern: RegExp;
}

function compile(route: string): CompiledRoute {
  const [method, path] = route.split(' ') as [HttpMethod, string];
  const segments = path
    .split('/')
    .map((segment) => (segment === '{id}' ? '\\d+' : segment.replace(/[^A-Za-z0-9_]/g, '\\$&')));
  return { method, pattern: new RegExp(`^${segments.join('/')}$`) };
}

const COMPILED: Record<ProxyMode, readonly CompiledRoute[]> = {
  live: LIVE_ROUTES.map(compile),
  sandbox: SANDBOX_ROUTES.map(compile),
};

/** `path` is the part after `/api`, without the query string, e.g. `/adGroups/12`. */
export function isAllowedRoute(mode: ProxyMode, method: string, path: string): boolean {
  return COMPILED[mode].some((route) => route.method === method && route.pattern.test(path));
}
