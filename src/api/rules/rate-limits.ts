import { REPORT_GAP_MS } from './report-facts';

/**
 * spec-notes #17 as data: the minimum gap between calls, in ms, per ad account (onOff:
 * per ad group, see PER_AD_GROUP). The sandbox emulates these and the console waits them out.
 */
export const RATE_LIMITS = {
  adGroupWrite: 5_000,
  dailyBudget: 1_000,
  bidAmount: 1_000,
  onOff: 1_000,
  pacing: 5_000,
  trackers: 5_000,
  /** The ad group report (report-api §6; open question 1 in report-facts.ts). */
  report: REPORT_GAP_MS,
} as const;

export type RateLimitKey = keyof typeof RATE_LIMITS;

const PARTIAL: Readonly<Record<string, RateLimitKey>> = {
  dailyBudgetAmount: 'dailyBudget',
  bidAmount: 'bidAmount',
  onOff: 'onOff',
  pacing: 'pacing',
};

/**
 * The bucket a request counts against, or null. Accepts any prefix ('/api', '/openapi/v4'
 * or none) and ignores the query string.
 */
export function rateLimitKeyFor(method: string, path: string): RateLimitKey | null {
  const m = method.toUpperCase();
  const p = path.split('?')[0].replace(/\/+$/, '');
  const adGroups = /(?:^|\/)adGroups(?:\/([A-Za-z]+))?$/.exec(p);
  if (adGroups) {
    const sub = adGroups[1];
    if (sub === undefined) return m === 'POST' || m === 'PUT' ? 'adGroupWrite' : null;
    if (sub === 'report') return m === 'GET' ? 'report' : null;
    return m === 'PUT' ? (PARTIAL[sub] ?? null) : null;
  }
  if (m === 'GET' && /(?:^|\/)trackers\/rights$/.test(p)) return 'trackers';
  return null;
}

/**
 * "Change ad group status" limits calls "every second per user account, ad account, and
 * ad group" (issue 8): each group has its own allowance, so switching two groups in a row
 * is fine. The other partial edits say "per user account and ad account".
 */
export const PER_AD_GROUP: readonly RateLimitKey[] = ['onOff'];

/** Who counts a call against a limit: the ad account, and for PER_AD_GROUP keys the group. */
export interface RateLimitScope {
  adAccountId: number | string;
  key: RateLimitKey;
  adGroupId?: number | string | null;
}

/** The one bucket name for a scope, shared by the console's pacer and the sandbox. */
export function rateLimitBucket({ adAccountId, key, adGroupId }: RateLimitScope): string {
  return PER_AD_GROUP.includes(key) ? `${adAccountId}|${key}|${adGroupId ?? '-'}` : `${adAccountId}|${key}`;
}
