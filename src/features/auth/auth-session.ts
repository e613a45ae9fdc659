import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest, AUTH_PREFIX } from '../../api/client';

/** GET /auth/session (server/auth/routes.ts): who this browser acts as. Never the token. */
export const AuthSession = z.object({
  mode: z.enum(['sandbox', 'shared', 'business']),
  signedIn: z.boolean(),
  user: z.object({ name: z.string().optional() }),
  scopes: z.array(z.string()),
  expired: z.boolean(),
});
export type AuthSession = z.infer<typeof AuthSession>;

export const AUTH_SESSION_KEY = ['auth', 'session'] as const;

/**
 * The session, or an error where no console server answers (the static demo build and
 * `npm run dev` with the MSW worker): then the console runs as it always did.
 */
export function useAuthSession() {
  return useQuery({
    queryKey: AUTH_SESSION_KEY,
    queryFn: ({ signal }) => apiRequest('/session', { prefix: AUTH_PREFIX, schema: AuthSession, signal }),
    staleTime: Infinity,
    retry: false,
  });
}

/** Where sign-in starts; Kakao's consent comes back to the page the user is on now. */
export function signInHref(location: Pick<Location, 'pathname' | 'search' | 'hash'> = window.location): string {
  return `/auth/login?returnTo=${encodeURIComponent(`${location.pathname}${location.search}${location.hash}`)}`;
}

/** Same-origin JSON, like every mutation of the console. */
export function signOut(): Promise<void> {
  return apiRequest('/logout', { method: 'POST', prefix: AUTH_PREFIX, body: {} });
}
