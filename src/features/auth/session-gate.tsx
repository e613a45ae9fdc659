import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { isApiError } from '../../api/api-error';
import { AUTH_SESSION_KEY, useAuthSession } from './auth-session';

// Rare screens: loaded only when shown, so the sandbox's first screen carries no Modal (issue 9).
const ReconnectDialog = lazy(() => import('./reconnect-dialog').then((m) => ({ default: m.ReconnectDialog })));
const SignInPage = lazy(() => import('./sign-in-page').then((m) => ({ default: m.SignInPage })));

/** Any 401 from the console's server may mean the session ended: ask the server again. */
function useRecheckSessionOn401(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const recheck = (error: unknown) => {
      if (isApiError(error) && error.status === 401) void queryClient.invalidateQueries({ queryKey: AUTH_SESSION_KEY });
    };
    const unsubscribeQueries = queryClient.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error') recheck(event.action.error);
    });
    const unsubscribeMutations = queryClient.getMutationCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error') recheck(event.action.error);
    });
    return () => {
      unsubscribeQueries();
      unsubscribeMutations();
    };
  }, [queryClient]);
}

/**
 * In business sign-in mode: the sign-in page without a session, and the reconnect dialog
 * over the page once Kakao rejects the session's token. Until the session is known, and
 * in the sandbox and shared-token modes, the console renders at once.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const session = useAuthSession();
  useRecheckSessionOn401();
  if (session.data?.mode === 'business' && !session.data.signedIn) {
    return (
      <Suspense fallback={null}>
        <SignInPage />
      </Suspense>
    );
  }
  return (
    <>
      {children}
      {session.data?.expired && (
        <Suspense fallback={null}>
          <ReconnectDialog />
        </Suspense>
      )}
    </>
  );
}
