import { Hono, type Context } from 'hono';
import type { FetchLike } from '../upstream';
import { mutationGuard } from '../csrf';
import type { AppEnv } from '../security';
import { SESSION_COOKIE, STATE_COOKIE, STATE_TTL_MS, clearCookie, readCookie, writeCookie } from './cookies';
import { renderErrorPage } from './error-page';
import { SIGN_IN_SCOPES, WRITE_SCOPES } from './kakao-auth-facts';
import { authorizeUrl, exchangeCode, tokenIsAccepted, type OAuthClient } from './kakao-oauth';
import { CATALOGS, languageOf } from './messages';
import { safeReturnTo } from './return-to';
import { randomId, type SessionKeys } from './session-crypto';
import type { SessionLimits, SessionStore } from './session-store';

export interface AuthRoutesOptions {
  client: OAuthClient;
  sessions: SessionStore;
  keys: SessionKeys;
  limits: SessionLimits;
  fetch: FetchLike;
  timeoutMs: number;
  log: (line: string) => void;
}

interface PendingSignIn {
  returnTo: string;
  scopes: string[];
}

/** `consent=write` asks for the added items that creating, editing and deleting need. */
function scopesFor(consent: string | undefined): string[] {
  return consent === 'write' ? [...WRITE_SCOPES] : [...SIGN_IN_SCOPES];
}

function errorPage(c: Context, status: 400 | 502, message: string, kakaoSays: string | null, returnTo = '/'): Response {
  const language = languageOf(c.req.header('Accept-Language'));
  return c.html(
    renderErrorPage({ language, message, kakaoSays, tryAgainHref: `/auth/login?returnTo=${encodeURIComponent(returnTo)}` }),
    status,
    { 'Cache-Control': 'no-store' },
  );
}

/** The session behind this request's cookie, or null. */
export async function sessionOf(c: Context, options: Pick<AuthRoutesOptions, 'sessions' | 'keys'>) {
  const id = await readCookie(c, options.keys, SESSION_COOKIE);
  return id === null ? null : options.sessions.get(id);
}

/**
 * Business sign-in as a backend-for-frontend: the code exchange and the token stay here,
 * the browser only ever holds an opaque, signed, httpOnly session id.
 */
export function createAuthRoutes(options: AuthRoutesOptions): Hono<AppEnv> {
  const auth = new Hono<AppEnv>();
  const { sessions, keys } = options;

  auth.get('/login', async (c) => {
    const state = randomId();
    const pending: PendingSignIn = { returnTo: safeReturnTo(c.req.query('returnTo')), scopes: scopesFor(c.req.query('consent')) };
    await sessions.saveState(state, JSON.stringify(pending), STATE_TTL_MS);
    // Binds the state to this browser: a callback from another browser has no such cookie.
    await writeCookie(c, keys, STATE_COOKIE, state, STATE_TTL_MS);
    c.header('Cache-Control', 'no-store');
    return c.redirect(authorizeUrl(options.client, pending.scopes, state), 302);
  });

  auth.get('/callback', async (c) => {
    const text = CATALOGS[languageOf(c.req.header('Accept-Language'))];
    const state = c.req.query('state');
    const cookieState = await readCookie(c, keys, STATE_COOKIE);
    clearCookie(c, STATE_COOKIE);
    // Taken (and so deleted) only when the cookie matches: a replay finds nothing.
    const saved = state && cookieState === state ? await sessions.takeState(state) : null;
    if (saved === null) return errorPage(c, 400, text.stateMismatch, null);
    const pending = JSON.parse(saved) as PendingSignIn;

    const kakaoError = c.req.query('error');
    if (kakaoError !== undefined) {
      const description = c.req.query('error_description') ?? null;
      const koe = description?.match(/KOE\d{3}/)?.[0] ?? null;
      return errorPage(c, 400, (koe && text.koe[koe]) || text.kakaoRefused, description, pending.returnTo);
    }
    const code = c.req.query('code');
    if (!code) return errorPage(c, 400, text.kakaoRefused, null, pending.returnTo);

    const result = await exchangeCode(options.client, code, options.fetch, options.timeoutMs);
    if (!result.ok) {
      options.log(`[auth] token exchange failed${result.code ? ` (${result.code})` : ''}`);
      const known = result.code ? text.koe[result.code] : undefined;
      return errorPage(c, 502, known ?? text.exchangeFailed, result.description, pending.returnTo);
    }
    if (!(await tokenIsAccepted(options.client, result.token, options.fetch, options.timeoutMs))) {
      options.log('[auth] token info refused the new token');
      return errorPage(c, 502, text.exchangeFailed, null, pending.returnTo);
    }
    const previous = await readCookie(c, keys, SESSION_COOKIE);
    if (previous !== null) await sessions.remove(previous);
    const session = await sessions.create({ token: result.token, userName: null, scopes: result.scopes });
    await writeCookie(c, keys, SESSION_COOKIE, session.id, options.limits.absoluteMs);
    c.header('Cache-Control', 'no-store');
    return c.redirect(pending.returnTo, 302);
  });

  auth.post('/logout', mutationGuard(), async (c) => {
    const id = await readCookie(c, keys, SESSION_COOKIE);
    // Kakao's token deletion is undocumented (kakao-auth-facts.ts, question 5).
    if (id !== null) await sessions.remove(id);
    clearCookie(c, SESSION_COOKIE);
    return c.body(null, 204);
  });

  auth.get('/session', async (c) => {
    const session = await sessionOf(c, options);
    c.header('Cache-Control', 'no-store');
    return c.json({
      mode: 'business',
      signedIn: session !== null,
      user: session?.userName ? { name: session.userName } : {},
      scopes: session?.scopes ?? [],
      expired: session?.expired ?? false,
    });
  });

  return auth;
}
