/** Why a request failed; the UI picks its message from this, never from `message`. */
export type ApiErrorKind = 'kakao' | 'http' | 'network' | 'timeout' | 'malformed';

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status?: number;
  readonly code?: number;
  readonly detailCode?: number;
  /** Kakao's own message, in Korean; shown to the user as is. */
  readonly detailMsg?: string;

  constructor(init: {
    kind: ApiErrorKind;
    message: string;
    status?: number;
    code?: number;
    detailCode?: number;
    detailMsg?: string;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.kind = init.kind;
    this.status = init.status;
    this.code = init.code;
    this.detailCode = init.detailCode;
    this.detailMsg = init.detailMsg;
  }

  /** 401, or 403 with code -5: the business token is missing, expired or lacks permission. */
  get isAuth(): boolean {
    return this.status === 401 || (this.status === 403 && this.code === -5);
  }

  get isRateLimited(): boolean {
    return this.status === 429 || this.code === -10;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
