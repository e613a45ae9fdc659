import type { TFunction } from 'i18next';
import { isApiError } from '../api/api-error';

export interface ErrorDescription {
  /** What to tell the user, already translated. */
  message: string;
  /** Kakao's codes, for a support request; absent for non-Kakao failures. */
  code?: string;
  /** Set when the message is Kakao's own text (Korean), whatever the UI language. */
  lang?: 'ko';
}

/**
 * Picks the user's message from the error's kind, never from `Error.message` (which is
 * for logs). Kakao's own detailMsg is shown as is: it names the exact refusal.
 */
export function describeError(error: unknown, t: TFunction): ErrorDescription {
  if (!isApiError(error)) return { message: t('errors.unexpected') };
  const code =
    error.code === undefined
      ? undefined
      : t('errors.code', { code: [error.code, error.detailCode].filter((c) => c !== undefined).join(' / ') });
  // The token check comes first: Kakao's text for it ("permission denied") doesn't say what to fix.
  if (error.isAuth) return { message: t('errors.auth'), code };
  switch (error.kind) {
    case 'kakao':
      if (error.detailMsg) return { message: error.detailMsg, code, lang: 'ko' };
      return { message: error.isRateLimited ? t('errors.rateLimited') : t('errors.kakao'), code };
    case 'network':
      return { message: t('errors.network') };
    case 'timeout':
      return { message: t('errors.timeout') };
    case 'malformed':
      return { message: t('errors.malformed') };
    case 'http':
      return { message: error.isRateLimited ? t('errors.rateLimited') : t('errors.http', { status: error.status }) };
  }
}
