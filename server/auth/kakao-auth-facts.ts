/**
 * Every choice about Kakao Business Authentication that shared/spec/kakao-business-auth.md
 * marks [inferred] or "not documented", in one place, so it can be corrected against the
 * real API without a hunt. Each entry names its open question (§ "Open questions").
 */

/** [doc] §2: the authorize and token paths, under KAKAO_AUTH_BASE. */
export const AUTHORIZE_PATH = '/oauth/business/authorize';
export const TOKEN_PATH = '/oauth/business/token';
/**
 * [observed] §2: token info, under KAKAO_KAPI_BASE. Its fields are undocumented, so it is
 * only a yes/no check of a fresh token (question 5).
 */
export const TOKEN_INFO_PATH = '/v1/business/tokeninfo';
// Question 5: token deletion and user info exist [doc] but their URLs are undocumented, so
// logout drops the stored token without telling Kakao, and no user name is known for a
// real Kakao sign-in. Add their calls in kakao-oauth.ts once confirmed.

/**
 * Question 3: which consent item covers creating and editing ad groups is unconfirmed.
 * Sign-in asks for the least: running the ads. Writes (create, edit, delete) ask for the
 * added items of WRITE_SCOPES the first time an account needs them.
 */
export const SIGN_IN_SCOPES = ['moment_management'] as const;
export const WRITE_SCOPES = ['moment_management', 'moment_create', 'moment_delete'] as const;
/** [observed] §3: `moment_create` needs `resource_ids`; only "all accounts" can be asked for. */
export const RESOURCE_IDS_FOR: Readonly<Record<string, readonly string[]>> = { moment_create: ['moment:*'] };

/** Question 4: the granted `scope` came back space-separated once; commas are documented for the request. */
export function parseGrantedScopes(scope: unknown): string[] {
  if (typeof scope !== 'string') return [];
  return scope.split(/[\s,]+/).filter((item) => item !== '');
}

/**
 * Question 2: the 401 body is unrecorded, so any 401 from the Moment API means the
 * business token is no longer accepted and the user must connect again.
 */
export function isBusinessTokenRejected(status: number): boolean {
  return status === 401;
}

/** Question 8: token-endpoint errors are undocumented; only these two are known to mean "start over". */
export const RESTART_SIGN_IN_ERROR_CODES = ['KOE010', 'KOE320'] as const;

// Question 7: PKCE is not supported [inferred], so none is sent; the code exchange and the
// client secret stay on the server, and `state` is single-use in an httpOnly cookie.
