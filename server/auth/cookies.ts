import type { Context } from 'hono';
import { deleteCookie, getSignedCookie, setSignedCookie } from 'hono/cookie';
import type { SessionKeys } from './session-crypto';

export const SESSION_COOKIE = 'mc_session';
export const STATE_COOKIE = 'mc_oauth_state';
/** How long a sign-in may take between /auth/login and /auth/callback. */
export const STATE_TTL_MS = 10 * 60_000;

/** Secure whenever the browser came over HTTPS, also behind a TLS-terminating proxy. */
function isHttps(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('X-Forwarded-Proto')?.split(',')[0].trim() === 'https';
}

export function writeCookie(c: Context, keys: SessionKeys, name: string, value: string, maxAgeMs: number): Promise<void> {
  return setSignedCookie(c, name, value, keys.cookieSecret, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: isHttps(c),
    maxAge: Math.floor(maxAgeMs / 1000),
  });
}

/** The cookie's value when its signature holds; a forged or missing one reads as null. */
export async function readCookie(c: Context, keys: SessionKeys, name: string): Promise<string | null> {
  const value = await getSignedCookie(c, keys.cookieSecret, name);
  return typeof value === 'string' && value !== '' ? value : null;
}

export function clearCookie(c: Context, name: string): void {
  deleteCookie(c, name, { path: '/', secure: isHttps(c), httpOnly: true, sameSite: 'Lax' });
}
