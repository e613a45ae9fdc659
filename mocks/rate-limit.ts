import { http, type HttpHandler } from 'msw';
import { RATE_LIMITS, rateLimitKeyFor, type RateLimitKey } from '../src/api/rules/rate-limits';
import { kakaoError } from './kakao-error';

/**
 * ASSUMPTION: Kakao documents the limits (spec-notes #17) and code -10 "too many
 * requests", but no detail code for them; this one is the sandbox's.
 */
export const RATE_LIMIT_DETAIL_CODE = 10001;

const SECONDS: Record<RateLimitKey, string> = {
  adGroupWrite: '광고그룹 생성·수정은 5초에 한 번',
  dailyBudget: '일예산 변경은 1초에 한 번',
  bidAmount: '입찰금액 변경은 1초에 한 번',
  onOff: 'ON/OFF 변경은 1초에 한 번',
  pacing: '게재방식 변경은 5초에 한 번',
  trackers: '픽셀 & SDK 조회는 5초에 한 번',
};

let enabled = true;
/** Time of the last accepted call per `${adAccountId}|${key}`. */
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

/**
 * Counts the call and answers 429 when it comes too soon after the previous one of the
 * same kind, for the same ad account (spec-notes #17). Refused calls count too: Kakao
 * limits calls, not successes. Calls that are themselves rate-limited do not restart the wait.
 */
export function checkRateLimit(request: Request, now = Date.now()): Response | null {
  if (!enabled) return null;
  const key = rateLimitKeyFor(request.method, new URL(request.url).pathname);
  if (!key) return null;
  const bucket = `${request.headers.get('adAccountId') ?? '-'}|${key}`;
  const previous = lastCall.get(bucket);
  if (previous !== undefined && now - previous < RATE_LIMITS[key]) {
    return kakaoError(429, RATE_LIMIT_DETAIL_CODE, `호출 한도를 초과했습니다. ${SECONDS[key]} 호출할 수 있습니다.`, -10);
  }
  lastCall.set(bucket, now);
  return null;
}

/**
 * A gate in front of every other handler: it answers 429 when a call is too soon and
 * otherwise returns nothing, so msw passes the request on to the handler that owns the
 * route (this is how the tracker look-up, written elsewhere, is limited too).
 */
export function createRateLimitGate(base: string): HttpHandler {
  return http.all(`${base}/*`, ({ request }) => checkRateLimit(request) ?? undefined);
}
