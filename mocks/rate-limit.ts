import { http, HttpResponse, type HttpHandler } from 'msw';
import { PER_AD_GROUP, RATE_LIMITS, rateLimitBucket, rateLimitKeyFor, type RateLimitKey } from '../src/api/rules/rate-limits';
import { REPORT_RATE_LIMIT_MESSAGE, REPORT_RATE_LIMIT_STATUS } from '../src/api/rules/report-facts';
import { kakaoError } from './kakao-error';

/**
 * The general "too many requests" answer, byte for byte as recorded from Kakao (issue 8):
 * HTTP 400, code -10, no KakaoMomentException, no detail code.
 */
export const API_LIMIT_BODY = { code: -10, msg: 'API limit has been exceeded.', extras: {} } as const;

/**
 * ASSUMPTION: related-endpoints.md gives "-813 with HTTP 429: quota exceeded" but no
 * detail code; this one is the sandbox's, for the limits counted per ad group.
 */
export const AD_GROUP_QUOTA_DETAIL_CODE = 10001;

const QUOTA_MESSAGES: Partial<Record<RateLimitKey, string>> = {
  onOff: '광고그룹 ON/OFF 변경은 광고그룹마다 1초에 한 번 호출할 수 있습니다.',
};

let enabled = true;
/** Time of the last accepted call per rate-limit bucket (rules/rate-limits.ts). */
const lastCall = new Map<string, number>();

/** Unit tests turn the limits off; the server's sandbox turns them on unless told otherwise. */
export function setRateLimitsEnabled(on: boolean): void {
  enabled = on;
  lastCall.clear();
}

export function rateLimitsEnabled(): boolean {
  return enabled;
}

/** Forget past calls (the sandbox reset and the test helper call this). */
export function resetRateLimits(): void {
  lastCall.clear();
}

/** The ad group a per-group limit counts against: the body's `id` (onOff's body is `{id, config}`). */
async function adGroupIdOf(request: Request): Promise<string> {
  try {
    const body: unknown = await request.clone().json();
    const id = typeof body === 'object' && body !== null && 'id' in body ? body.id : undefined;
    return typeof id === 'number' || typeof id === 'string' ? String(id) : '-';
  } catch {
    return '-';
  }
}

/**
 * ASSUMPTION: Kakao's recorded answer shows no Retry-After; the sandbox sends one (whole
 * seconds left) so the console's honouring of it is exercised. The body stays exact.
 */
function retryAfter(msLeft: number): Record<string, string> {
  return { 'Retry-After': String(Math.max(1, Math.ceil(msLeft / 1_000))) };
}

function refusal(key: RateLimitKey, msLeft: number): Response {
  const headers = retryAfter(msLeft);
  // The report's refusal was recorded as HTTP 429 with the common -10 (report-api §7).
  if (key === 'report') return HttpResponse.json({ code: API_LIMIT_BODY.code, msg: REPORT_RATE_LIMIT_MESSAGE, extras: {} }, { status: REPORT_RATE_LIMIT_STATUS, headers });
  const quota = QUOTA_MESSAGES[key];
  if (quota) {
    const response = kakaoError(429, AD_GROUP_QUOTA_DETAIL_CODE, quota);
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    return response;
  }
  return HttpResponse.json(API_LIMIT_BODY, { status: 400, headers });
}

/**
 * Counts the call and refuses it when it comes too soon after the previous one of the
 * same limit (spec-notes #17; onOff per ad group). Limits per ad group answer Kakao's
 * -813 quota refusal (HTTP 429), the others the general -10 API limit (HTTP 400).
 * Refused calls count too: Kakao limits calls, not successes. Calls that are themselves
 * rate-limited do not restart the wait.
 */
export async function checkRateLimit(request: Request, now = Date.now()): Promise<Response | null> {
  if (!enabled) return null;
  const key = rateLimitKeyFor(request.method, new URL(request.url).pathname);
  if (!key) return null;
  const adGroupId = PER_AD_GROUP.includes(key) ? await adGroupIdOf(request) : null;
  const bucket = rateLimitBucket({ adAccountId: request.headers.get('adAccountId') ?? '-', key, adGroupId });
  const previous = lastCall.get(bucket);
  if (previous !== undefined && now - previous < RATE_LIMITS[key]) return refusal(key, previous + RATE_LIMITS[key] - now);
  lastCall.set(bucket, now);
  return null;
}

/**
 * A gate in front of every other handler: it refuses a call that is too soon and
 * otherwise returns nothing, so msw passes the request on to the handler that owns the
 * route (this is how the tracker look-up, written elsewhere, is limited too).
 */
export function createRateLimitGate(base: string): HttpHandler {
  return http.all(`${base}/*`, async ({ request }) => (await checkRateLimit(request)) ?? undefined);
}
