import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import i18next from 'i18next';
import { isApiError } from '../api/api-error';
import { describeError } from '../components/describe-error';
import { notify } from '../components/notify';

/**
 * Retry only what another attempt can fix: a dropped connection, a timeout or a 5xx,
 * once. A refusal from Kakao (4xx), an auth problem or a malformed answer will fail the
 * same way again, and Kakao counts every call against the rate limits.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 1 || !isApiError(error)) return false;
  if (error.kind === 'network' || error.kind === 'timeout') return true;
  if (error.kind === 'kakao' || error.kind === 'http') return (error.status ?? 0) >= 500 && !error.isRateLimited;
  return false;
}

/**
 * The one place that shows notifications for data errors (the API client never does,
 * architecture.md). First loads show their error state in the page, so only a failed
 * background refetch (data already on screen) is notified; a mutation is notified
 * unless it handles its own errors.
 */
export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (query.state.data === undefined) return;
        notify({
          color: 'red',
          title: i18next.t('errors.background'),
          message: describeError(error, i18next.t).message,
        });
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (mutation.options.onError) return;
        notify({
          color: 'red',
          title: i18next.t('errors.mutation'),
          message: describeError(error, i18next.t).message,
        });
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: shouldRetry,
        // Kakao rate-limits per ad account; switching tabs is not a reason to spend calls.
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
