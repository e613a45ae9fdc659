import { AD_GROUP_DELETED, AD_GROUP_NOT_FOUND } from '../../src/api/ad-group-detail-codes';
import { asErrorEnvelope } from '../../src/api/contracts/error';

/**
 * Sends a request through the console's own proxy (token, allowlist, timeout), addressed
 * to loopback, with the token of the request that causes it (a signed-in user's own).
 */
export type Forward = (request: Request, kakaoToken?: string) => Promise<Response>;

/** Either code says the group is gone: 32001 as documented, 32026 as real clients meet it (issue 8). */
const GONE = new Set<number | undefined>([AD_GROUP_NOT_FOUND, AD_GROUP_DELETED]);

export type GroupRead = { kind: 'found'; group: unknown } | { kind: 'gone' } | { kind: 'unreadable' };

/** GET /adGroups/{id} as Kakao answers it, within the same read limits as any read. */
export async function readGroup(forward: Forward, adAccountId: number, adGroupId: number, kakaoToken?: string): Promise<GroupRead> {
  try {
    const response = await forward(
      new Request(`http://127.0.0.1/api/adGroups/${adGroupId}`, { headers: { adAccountId: String(adAccountId) } }),
      kakaoToken,
    );
    const body: unknown = await response.json();
    const envelope = asErrorEnvelope(body);
    if (envelope) return GONE.has(envelope.extras?.detailCode) ? { kind: 'gone' } : { kind: 'unreadable' };
    return response.ok ? { kind: 'found', group: body } : { kind: 'unreadable' };
  } catch {
    return { kind: 'unreadable' };
  }
}
