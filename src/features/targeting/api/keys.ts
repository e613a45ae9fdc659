import type { CategoryType } from '../../../api/contracts/lookups';

/**
 * The targeting look-up keys (architecture.md #5). Every look-up belongs to an ad
 * account (Kakao reads the `adAccountId` header), so the account is in every key and
 * `account(id)` invalidates all of one account's look-ups at once.
 */
export const targetingKeys = {
  all: ['targeting'] as const,
  account: (adAccountId: number) => [...targetingKeys.all, adAccountId] as const,
  depth1: (adAccountId: number) => [...targetingKeys.account(adAccountId), 'location', 'depth1'] as const,
  depth2: (adAccountId: number, keyword: string) =>
    [...targetingKeys.account(adAccountId), 'location', 'depth2', keyword] as const,
  depth3: (adAccountId: number, keyword: string) =>
    [...targetingKeys.account(adAccountId), 'location', 'depth3', keyword] as const,
  categories: (adAccountId: number, type: CategoryType) =>
    [...targetingKeys.account(adAccountId), 'categories', type] as const,
  customerFiles: (adAccountId: number) => [...targetingKeys.account(adAccountId), 'customerFiles'] as const,
  trackers: (adAccountId: number) => [...targetingKeys.account(adAccountId), 'trackers'] as const,
  cohorts: (adAccountId: number) => [...targetingKeys.account(adAccountId), 'cohorts'] as const,
  audiences: (adAccountId: number) => [...targetingKeys.account(adAccountId), 'audiences'] as const,
  channelProfiles: (adAccountId: number) => [...targetingKeys.account(adAccountId), 'channelProfiles'] as const,
  friendGroups: (adAccountId: number) => [...targetingKeys.account(adAccountId), 'friendGroups'] as const,
};

/**
 * Look-ups rarely change while a form is open; a long staleTime also keeps the Pixel &
 * SDK list under its documented limit of one call every 5 s (related-endpoints.md).
 */
export const LOOKUP_STALE_TIME = 30 * 60_000;
/** Keyword searches: one entry per keyword, kept a little less long. */
export const SEARCH_STALE_TIME = 10 * 60_000;
