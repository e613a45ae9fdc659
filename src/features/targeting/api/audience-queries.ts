import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import {
  AudiencePage,
  CategoryTree,
  CohortList,
  CustomerFileList,
  TalkChannelGroupFileList,
  TalkChannelProfileList,
  TrackerList,
  type CategoryType,
} from '../../../api/contracts/lookups';
import { LOOKUP_STALE_TIME, targetingKeys } from './keys';

/** GET /targetings/data/categories?type=INTEREST|BUSINESS_TYPE. */
export function categoriesQueryOptions(adAccountId: number, type: CategoryType) {
  return queryOptions({
    queryKey: targetingKeys.categories(adAccountId, type),
    queryFn: ({ signal }) =>
      apiRequest('/targetings/data/categories', { query: { type }, adAccountId, schema: CategoryTree, signal }),
    staleTime: LOOKUP_STALE_TIME,
  });
}

/** GET /customerFiles: every file, targetable or not (the UI shows why not). */
export function customerFilesQueryOptions(adAccountId: number) {
  return queryOptions({
    queryKey: targetingKeys.customerFiles(adAccountId),
    queryFn: ({ signal }) => apiRequest('/customerFiles', { adAccountId, schema: CustomerFileList, signal }),
    staleTime: LOOKUP_STALE_TIME,
  });
}

/** GET /trackers/rights (limited to one call every 5 s: hence the long staleTime). */
export function trackersQueryOptions(adAccountId: number) {
  return queryOptions({
    queryKey: targetingKeys.trackers(adAccountId),
    queryFn: ({ signal }) => apiRequest('/trackers/rights', { adAccountId, schema: TrackerList, signal }),
    staleTime: LOOKUP_STALE_TIME,
  });
}

/** GET /targetings/cohort/list: engagement targets. */
export function cohortsQueryOptions(adAccountId: number) {
  return queryOptions({
    queryKey: targetingKeys.cohorts(adAccountId),
    queryFn: ({ signal }) => apiRequest('/targetings/cohort/list', { adAccountId, schema: CohortList, signal }),
    staleTime: LOOKUP_STALE_TIME,
  });
}

/**
 * ASSUMPTION: GET /targetings/audiences is paged (`content[]`); an account has few
 * saved audiences, so one page of 100 stands for all of them.
 */
export const AUDIENCE_PAGE_SIZE = 100;

export function audiencesQueryOptions(adAccountId: number) {
  return queryOptions({
    queryKey: targetingKeys.audiences(adAccountId),
    queryFn: async ({ signal }) => {
      const page = await apiRequest('/targetings/audiences', {
        query: { page: 0, size: AUDIENCE_PAGE_SIZE },
        adAccountId,
        schema: AudiencePage,
        signal,
      });
      return page.content;
    },
    staleTime: LOOKUP_STALE_TIME,
  });
}

/** GET /adAccounts/channel/profiles: channels for Talk Channel friends and Kakao Login users. */
export function channelProfilesQueryOptions(adAccountId: number) {
  return queryOptions({
    queryKey: targetingKeys.channelProfiles(adAccountId),
    queryFn: ({ signal }) =>
      apiRequest('/adAccounts/channel/profiles', { adAccountId, schema: TalkChannelProfileList, signal }),
    staleTime: LOOKUP_STALE_TIME,
  });
}

/** GET /talkChannelGroupFiles: friend groups (Message ad groups only). */
export function friendGroupsQueryOptions(adAccountId: number) {
  return queryOptions({
    queryKey: targetingKeys.friendGroups(adAccountId),
    queryFn: ({ signal }) =>
      apiRequest('/talkChannelGroupFiles', { adAccountId, schema: TalkChannelGroupFileList, signal }),
    staleTime: LOOKUP_STALE_TIME,
  });
}
