import { useQueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { isApiError } from '../../api/api-error';
import { AUTH_SESSION_KEY, useAuthSession } from './auth-session';
import { ReconnectDialog } from './reconnect-dialog';
import { SignInPage } from './sign-in-page';

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
  if (session.data?.mode === 'business' && !session.data.signedIn) return <SignInPage />;
  return (
    <>
      {children}
      {session.data?.expired && <ReconnectDialog />}
    </>
  );
}
