import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { API_BASE, dump, fakeUpstream } from '../test-kit';
import { sessionKeys } from './session-crypto';
import { sqlSessionBackend } from './session-sql';
import type { Store } from '../store/store';
import { STORE_START_MS, openTestStore } from '../store/test-stores';
import { DEFAULT_LIMITS, SessionStore } from './session-store';

const AUTH_BASE = 'https://kauth.test';
const KAPI_BASE = 'https://kapi.test';
const CLIENT = {
  clientId: 'rest-api-key',
  clientSecret: 'client-secret-xyz',
  redirectUri: 'http://127.0.0.1:4173/auth/callback',
  authBase: AUTH_BASE,
  kapiBase: KAPI_BASE,
};
const ORIGIN = 'http://127.0.0.1:4173';
const tokenFor = (code: string) => `biz-token-${code}-9f8e7d`;

let db: Store;
const clock = { now: Date.UTC(2026, 11, 2, 9) };
const keys = sessionKeys('k'.repeat(40));

// One fake for all of Kakao: the token endpoint issues `biz-token-<code>`, token info
// accepts anything, and the Moment API answers 401 for the token of code "lapsed".
const kakao = fakeUpstream((call) => {
  if (call.url === `${AUTH_BASE}/oauth/business/token`) {
    const form = new URLSearchParams(call.body ?? '');
    if (form.get('client_secret') !== CLIENT.clientSecret) {
      return Response.json({ error: 'invalid_client', error_code: 'KOE010', error_description: 'Bad client credentials' }, { status: 401 });
    }
    return Response.json({ access_token: tokenFor(form.get('code') ?? ''), token_type: 'bearer', scope: 'moment_management' });
  }
  if (call.url.startsWith(KAPI_BASE)) return Response.json({});
  if (call.headers.authorization === `Bearer ${tokenFor('lapsed')}`) {
    return Response.json({ code: -401, msg: 'target biz token is not supplied.' }, { status: 401 });
  }
  return Response.json({ content: [] });
});
const apiCalls = () => kakao.calls.filter((call) => call.url.startsWith(API_BASE));

let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  db = await openTestStore('pglite');
  const sessions = new SessionStore(sqlSessionBackend(db, () => clock.now), keys, DEFAULT_LIMITS, () => clock.now);
  app = createApp({
    mode: 'business',
    auth: { client: CLIENT, sessions, keys, limits: DEFAULT_LIMITS },
    apiBase: API_BASE,
    timeoutMs: 1_000,
    fetch: kakao.fetch,
    log: () => undefined,
  });
}, STORE_START_MS);
afterAll(() => db.close());

function cookiesOf(response: Response): Map<string, string> {
  const jar = new Map<string, string>();
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const eq = pair.indexOf('=');
    jar.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
  return jar;
}

function setCookieLine(response: Response, name: string): string {
  return response.headers.getSetCookie().find((line) => line.startsWith(`${name}=`)) ?? '';
}

async function startLogin(returnTo = '/accounts/1') {
  const login = await app.request(`${ORIGIN}/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
  const location = new URL(login.headers.get('Location') ?? '');
  return { login, location, state: location.searchParams.get('state') ?? '', stateCookie: cookiesOf(login).get('mc_oauth_state') ?? '' };
}

async function callback(state: string, stateCookie: string | null, code = 'c1', extra = '') {
  return app.request(`${ORIGIN}/auth/callback?code=${code}&state=${encodeURIComponent(state)}${extra}`, {
    headers: stateCookie === null ? {} : { Cookie: `mc_oauth_state=${stateCookie}` },
  });
}

/** A whole sign-in; returns the Cookie header that carries the session. */
async function signIn(code: string): Promise<string> {
  const { state, stateCookie } = await startLogin();
  const done = await callback(state, stateCookie, code);
  expect(done.status).toBe(302);
  return `mc_session=${cookiesOf(done).get('mc_session')}`;
}

describe('business sign-in: /auth/login', () => {
  it('sends the browser to Kakao with the app, the least scope and a fresh state bound by a cookie', async () => {
    const first = await startLogin();
    const second = await startLogin();
    expect(first.login.status).toBe(302);
    expect(`${first.location.origin}${first.location.pathname}`).toBe(`${AUTH_BASE}/oauth/business/authorize`);
    expect(Object.fromEntries(first.location.searchParams)).toMatchObject({
      client_id: CLIENT.clientId,
      redirect_uri: CLIENT.redirectUri,
      response_type: 'code',
      scope: 'moment_management',
    });
    expect(first.state).toMatch(/^[\w-]{40,}$/);
    expect(first.state).not.toBe(second.state);
    expect(setCookieLine(first.login, 'mc_oauth_state')).toMatch(/HttpOnly/);
    expect(first.location.toString()).not.toContain(CLIENT.clientSecret);
  });

  it('asks for the write consent items, with resource_ids, when told to', async () => {
    const login = await app.request(`${ORIGIN}/auth/login?consent=write`);
    const location = new URL(login.headers.get('Location') ?? '');
    expect(location.searchParams.get('scope')).toBe('moment_management,moment_create,moment_delete');
    expect(location.searchParams.getAll('resource_ids')).toEqual(['moment:*']);
  });

  it.each(['https://evil.example', '//evil.example'])('lands on / after returnTo=%s', async (returnTo) => {
    const { state, stateCookie } = await startLogin(returnTo);
    const done = await callback(state, stateCookie);
    expect(done.headers.get('Location')).toBe('/');
  });
});

describe('business sign-in: /auth/callback', () => {
  it('exchanges the code server-side with the secret and comes back to returnTo', async () => {
    const { state, stateCookie } = await startLogin('/accounts/7/campaigns');
    const done = await callback(state, stateCookie, 'abc');
    expect(done.status).toBe(302);
    expect(done.headers.get('Location')).toBe('/accounts/7/campaigns');
    const exchange = kakao.calls.filter((call) => call.url === `${AUTH_BASE}/oauth/business/token`).at(-1);
    expect(Object.fromEntries(new URLSearchParams(exchange?.body ?? ''))).toEqual({
      grant_type: 'authorization_code',
      client_id: CLIENT.clientId,
      redirect_uri: CLIENT.redirectUri,
      code: 'abc',
      client_secret: CLIENT.clientSecret,
    });
  });

  it('sets the session cookie HttpOnly, SameSite=Lax, Path=/, and Secure only over HTTPS', async () => {
    const plain = await startLogin();
    const overHttp = setCookieLine(await callback(plain.state, plain.stateCookie), 'mc_session');
    expect(overHttp).toMatch(/HttpOnly/);
    expect(overHttp).toMatch(/SameSite=Lax/);
    expect(overHttp).toMatch(/Path=\//);
    expect(overHttp).not.toMatch(/Secure/);

    const tls = await startLogin();
    const overHttps = await app.request(`${ORIGIN}/auth/callback?code=c2&state=${tls.state}`, {
      headers: { Cookie: `mc_oauth_state=${tls.stateCookie}`, 'X-Forwarded-Proto': 'https' },
    });
    expect(setCookieLine(overHttps, 'mc_session')).toMatch(/Secure/);
  });

  it('refuses a state that does not match its cookie', async () => {
    const { stateCookie } = await startLogin();
    const other = await startLogin();
    const res = await callback(other.state, stateCookie);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('/auth/login');
    expect(cookiesOf(res).get('mc_session')).toBeUndefined();
  });

  it('refuses a callback without the state cookie', async () => {
    const { state } = await startLogin();
    expect((await callback(state, null)).status).toBe(400);
  });

  it('refuses a replayed callback', async () => {
    const { state, stateCookie } = await startLogin();
    expect((await callback(state, stateCookie)).status).toBe(302);
    const replay = await callback(state, stateCookie);
    expect(replay.status).toBe(400);
    expect(cookiesOf(replay).get('mc_session')).toBeUndefined();
  });

  it("shows Kakao's error with the KOE code explained, in the user's language", async () => {
    const { state, stateCookie } = await startLogin();
    const res = await app.request(
      `${ORIGIN}/auth/callback?state=${state}&error=access_denied&error_description=${encodeURIComponent('KOE025: not a business user')}`,
      { headers: { Cookie: `mc_oauth_state=${stateCookie}`, 'Accept-Language': 'ko-KR,ko;q=0.9' } },
    );
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain('카카오비즈니스에 가입하지 않은 계정입니다');
    expect(page).toContain('KOE025: not a business user');
    expect(page).toContain('다시 시도');
  });
});

describe('business sign-in: sessions in front of /api', () => {
  it('lets nothing reach Kakao without a session', async () => {
    const before = apiCalls().length;
    const res = await app.request(`${ORIGIN}/api/campaigns?adAccountId=1`, { headers: { adAccountId: '1' } });
    expect(res.status).toBe(401);
    expect((await res.json()).error).toBe('signed_out');
    expect(apiCalls().length).toBe(before);
  });

  it('sends each signed-in user to Kakao with their own token', async () => {
    const alice = await signIn('alice');
    const bob = await signIn('bob');
    await app.request(`${ORIGIN}/api/campaigns`, { headers: { Cookie: alice, adAccountId: '1' } });
    await app.request(`${ORIGIN}/api/campaigns`, { headers: { Cookie: bob, adAccountId: '2' } });
    expect(apiCalls().slice(-2).map((call) => call.headers.authorization)).toEqual([
      `Bearer ${tokenFor('alice')}`,
      `Bearer ${tokenFor('bob')}`,
    ]);
  });

  it('never puts a token in a response', async () => {
    const { login, state, stateCookie } = await startLogin();
    const done = await callback(state, stateCookie, 'leak');
    const cookie = `mc_session=${cookiesOf(done).get('mc_session')}`;
    const session = await app.request(`${ORIGIN}/auth/session`, { headers: { Cookie: cookie } });
    const api = await app.request(`${ORIGIN}/api/campaigns`, { headers: { Cookie: cookie, adAccountId: '1' } });
    for (const response of [login, done, session, api]) expect(await dump(response)).not.toContain(tokenFor('leak'));
  });

  it('tells the browser who is signed in, never the token', async () => {
    const cookie = await signIn('who');
    const body = await (await app.request(`${ORIGIN}/auth/session`, { headers: { Cookie: cookie } })).json();
    expect(body).toEqual({ mode: 'business', signedIn: true, user: {}, scopes: ['moment_management'], expired: false });
    const anonymous = await (await app.request(`${ORIGIN}/auth/session`)).json();
    expect(anonymous.signedIn).toBe(false);
  });

  it('refuses the old cookie after logout, with no upstream call', async () => {
    const cookie = await signIn('leaving');
    const out = await app.request(`${ORIGIN}/auth/logout`, {
      method: 'POST',
      headers: { Cookie: cookie, Origin: ORIGIN, 'Content-Type': 'application/json' },
    });
    expect(out.status).toBe(204);
    expect(setCookieLine(out, 'mc_session')).toMatch(/Max-Age=0/);
    const before = apiCalls().length;
    expect((await app.request(`${ORIGIN}/api/campaigns`, { headers: { Cookie: cookie } })).status).toBe(401);
    expect(apiCalls().length).toBe(before);
  });

  it('refuses a cross-site logout', async () => {
    const cookie = await signIn('stays');
    const foreign: Record<string, string>[] = [{ Origin: 'https://evil.example' }, { 'Sec-Fetch-Site': 'cross-site' }];
    for (const headers of foreign) {
      const res = await app.request(`${ORIGIN}/auth/logout`, { method: 'POST', headers: { Cookie: cookie, ...headers } });
      expect(res.status).toBe(403);
    }
    expect((await app.request(`${ORIGIN}/api/campaigns`, { headers: { Cookie: cookie } })).status).toBe(200);
  });

  it('refuses a forged session id and a timed-out session', async () => {
    const before = apiCalls().length;
    const forged = await app.request(`${ORIGIN}/api/campaigns`, { headers: { Cookie: 'mc_session=abc.def' } });
    expect(forged.status).toBe(401);
    const cookie = await signIn('idle');
    clock.now += DEFAULT_LIMITS.idleMs;
    expect((await app.request(`${ORIGIN}/api/campaigns`, { headers: { Cookie: cookie } })).status).toBe(401);
    expect(apiCalls().length).toBe(before);
  });

  it('marks the session expired when Kakao rejects its token, and stops calling Kakao', async () => {
    const cookie = await signIn('lapsed');
    const first = await app.request(`${ORIGIN}/api/campaigns`, { headers: { Cookie: cookie, adAccountId: '1' } });
    expect(first.status).toBe(401);
    expect((await first.json()).error).toBe('session_expired');
    const before = apiCalls().length;
    const again = await app.request(`${ORIGIN}/api/campaigns`, { headers: { Cookie: cookie, adAccountId: '1' } });
    expect((await again.json()).error).toBe('session_expired');
    expect(apiCalls().length).toBe(before);
    const session = await (await app.request(`${ORIGIN}/auth/session`, { headers: { Cookie: cookie } })).json();
    expect(session).toMatchObject({ signedIn: true, expired: true });
  });
});
