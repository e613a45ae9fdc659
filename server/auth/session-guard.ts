import type { MiddlewareHandler } from 'hono';
import { jsonError, type AppEnv } from '../security';
import { isBusinessTokenRejected } from './kakao-auth-facts';
import { sessionOf } from './routes';
import type { SessionKeys } from './session-crypto';
import type { SessionStore } from './session-store';

/** The console's 401s: the UI tells "never signed in" from "connect again" by `error`. */
export const SIGNED_OUT = 'signed_out';
export const SESSION_EXPIRED = 'session_expired';

/**
 * Business sign-in mode, in front of /api: a request without a live session stops here,
 * so nothing reaches Kakao; with one, it goes on with the session's own token. When Kakao
 * rejects that token, the session is marked expired and the browser gets the reconnect 401.
 */
export function sessionGuard(options: { sessions: SessionStore; keys: SessionKeys }): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const session = await sessionOf(c, options);
    if (session === null) return jsonError(401, SIGNED_OUT, 'Sign in with your Kakao Business account.');
    if (session.expired) return jsonError(401, SESSION_EXPIRED, 'Your Kakao Business connection has expired. Connect again.');
    c.set('kakaoToken', session.token);
    await next();
    if (isBusinessTokenRejected(c.res.status)) {
      await options.sessions.update(session.id, { expired: true });
      c.res = jsonError(401, SESSION_EXPIRED, 'Your Kakao Business connection has expired. Connect again.');
    }
  };
}
