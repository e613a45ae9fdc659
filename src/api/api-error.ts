/** Why a request failed; the UI picks its message from this, never from `message`. */
export type ApiErrorKind = 'kakao' | 'http' | 'network' | 'timeout' | 'malformed';

/**
 * Kakao's general codes that mean "sign in again or grant access" (related-endpoints.md,
 * Errors): -5 no API permission, -402 business consent missing.
 */
export const KAKAO_AUTH_CODES: readonly number[] = [-5, -402];
/** Kakao's general code for "too many requests" (related-endpoints.md, Errors). */
export const KAKAO_RATE_LIMIT_CODE = -10;

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status?: number;
  readonly code?: number;
  readonly detailCode?: number;
  /** Kakao's own message, in Korean; shown to the user as is. */
  readonly detailMsg?: string;
  /** From a `Retry-After` header: how long to wait before the next try, in ms. */
  readonly retryAfterMs?: number;

  constructor(init: {
    kind: ApiErrorKind;
    message: string;
    status?: number;
    code?: number;
    detailCode?: number;
    detailMsg?: string;
    retryAfterMs?: number;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.kind = init.kind;
    this.status = init.status;
    this.code = init.code;
    this.detailCode = init.detailCode;
    this.detailMsg = init.detailMsg;
    this.retryAfterMs = init.retryAfterMs;
  }

  /** 401, or one of Kakao's auth codes whatever the status: the token is missing, expired or lacks consent. */
  get isAuth(): boolean {
    return this.status === 401 || (this.code !== undefined && KAKAO_AUTH_CODES.includes(this.code));
  }

  /** 429 (Kakao's -813 quota answer among them) or the general -10, which Kakao sends with HTTP 400. */
  get isRateLimited(): boolean {
    return this.status === 429 || this.code === KAKAO_RATE_LIMIT_CODE;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/**
 * A `Retry-After` value (delay-seconds or an HTTP date) as ms from `now`, or undefined
 * when absent or unreadable.
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1_000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
