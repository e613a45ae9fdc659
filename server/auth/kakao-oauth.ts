import type { FetchLike } from '../upstream';
import { AUTHORIZE_PATH, RESOURCE_IDS_FOR, TOKEN_INFO_PATH, TOKEN_PATH, parseGrantedScopes } from './kakao-auth-facts';

export interface OAuthClient {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  /** KAKAO_AUTH_BASE, e.g. https://kauth.kakao.com */
  authBase: string;
  /** KAKAO_KAPI_BASE, e.g. https://kapi.kakao.com */
  kapiBase: string;
}

/** The consent URL: scopes comma-separated [doc], one `resource_ids=` per value [observed]. */
export function authorizeUrl(client: OAuthClient, scopes: readonly string[], state: string): string {
  const url = new URL(`${client.authBase}${AUTHORIZE_PATH}`);
  url.searchParams.set('client_id', client.clientId);
  url.searchParams.set('redirect_uri', client.redirectUri);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('scope', scopes.join(','));
  url.searchParams.set('state', state);
  for (const scope of scopes) for (const id of RESOURCE_IDS_FOR[scope] ?? []) url.searchParams.append('resource_ids', id);
  return url.toString();
}

export type TokenResult =
  | { ok: true; token: string; scopes: string[] }
  | { ok: false; code: string | null; description: string | null };

/** Exchanges the authorization code for a business token, server-side, with the client secret. */
export async function exchangeCode(client: OAuthClient, code: string, fetch: FetchLike, timeoutMs: number): Promise<TokenResult> {
  const body = new URLSearchParams({
    grant_type: 'authorization_code',
    client_id: client.clientId,
    redirect_uri: client.redirectUri,
    code,
    client_secret: client.clientSecret,
  });
  let response: Response;
  try {
    response = await fetch(`${client.authBase}${TOKEN_PATH}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=utf-8' },
      body: body.toString(),
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch {
    return { ok: false, code: null, description: null };
  }
  const json: unknown = await response.json().catch(() => null);
  const fields = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  if (response.ok && typeof fields.access_token === 'string' && fields.access_token !== '') {
    return { ok: true, token: fields.access_token, scopes: parseGrantedScopes(fields.scope) };
  }
  return {
    ok: false,
    code: typeof fields.error_code === 'string' ? fields.error_code : null,
    description: typeof fields.error_description === 'string' ? fields.error_description : null,
  };
}

/** Token info as a yes/no check: does Kakao accept this token? (question 5) */
export async function tokenIsAccepted(client: OAuthClient, token: string, fetch: FetchLike, timeoutMs: number): Promise<boolean> {
  try {
    const response = await fetch(`${client.kapiBase}${TOKEN_INFO_PATH}`, {
      method: 'GET',
      headers: { Authorization: `Bearer ${token}` },
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}
