import type { Config } from '../../../api/contracts/enums';

export interface AdGroupListParams {
  adAccountId: number;
  campaignId: number;
  config: readonly Config[];
}

/**
 * The ad group query keys (architecture.md #5). List keys end in an object, so
 * `accountLists(a)` and `campaignLists(a, c)` match every config filter of that scope
 * (React Query matches object keys partially): that is how mutations invalidate narrowly.
 */
export const adGroupKeys = {
  all: ['adGroups'] as const,
  lists: () => [...adGroupKeys.all, 'list'] as const,
  accountLists: (adAccountId: number) => [...adGroupKeys.lists(), { adAccountId }] as const,
  campaignLists: (adAccountId: number, campaignId: number) => [...adGroupKeys.lists(), { adAccountId, campaignId }] as const,
  list: (params: AdGroupListParams) => [...adGroupKeys.lists(), params] as const,
  details: () => [...adGroupKeys.all, 'detail'] as const,
  detail: (adAccountId: number, id: number) => [...adGroupKeys.details(), adAccountId, id] as const,
  /** Outside `detail(...)`, so refreshing a group after an edit does not refetch its stop history. */
  systemStops: () => [...adGroupKeys.all, 'systemStop'] as const,
  latestSystemStop: (adAccountId: number, id: number) => [...adGroupKeys.systemStops(), adAccountId, id, 'latest'] as const,
  systemStopHistories: (adAccountId: number, id: number) =>
    [...adGroupKeys.systemStops(), adAccountId, id, 'histories'] as const,
};
