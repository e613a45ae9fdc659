import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import {
  audiencesQueryOptions,
  categoriesQueryOptions,
  channelProfilesQueryOptions,
  cohortsQueryOptions,
  customerFilesQueryOptions,
  trackersQueryOptions,
} from './api/audience-queries';
import { indexTree } from './model/category-tree';
import type { TargetingNames } from './model/describe-targeting';

/**
 * Names for a summary, from the look-ups (cached by the editor already, as a rule). A
 * look-up only runs when the value needs it; one that fails just leaves ids showing.
 */
export function useTargetingNames(adAccountId: number | undefined, needs: Record<keyof TargetingNames, boolean>): TargetingNames {
  const on = (need: boolean) => adAccountId !== undefined && need;
  const id = adAccountId ?? 0;
  const interests = useQuery({ ...categoriesQueryOptions(id, 'INTEREST'), enabled: on(needs.categories) });
  const business = useQuery({ ...categoriesQueryOptions(id, 'BUSINESS_TYPE'), enabled: on(needs.categories) });
  const files = useQuery({ ...customerFilesQueryOptions(id), enabled: on(needs.customerFiles) });
  const trackers = useQuery({ ...trackersQueryOptions(id), enabled: on(needs.trackers) });
  const cohorts = useQuery({ ...cohortsQueryOptions(id), enabled: on(needs.cohorts) });
  const channels = useQuery({ ...channelProfilesQueryOptions(id), enabled: on(needs.channels) });
  const audiences = useQuery({ ...audiencesQueryOptions(id), enabled: on(needs.audiences) });

  return useMemo(() => {
    const names: TargetingNames = {};
    if (interests.data || business.data) {
      names.categories = indexTree([...(interests.data?.data ?? []), ...(business.data?.data ?? [])]);
    }
    if (files.data) names.customerFiles = new Map(files.data.map((f) => [f.id, f.name]));
    if (trackers.data) names.trackers = new Map(trackers.data.map((tr) => [tr.trackId, tr.trackName]));
    if (cohorts.data) names.cohorts = new Map(cohorts.data.map((c) => [String(c.cohortId), c.name]));
    if (channels.data) names.channels = new Map(channels.data.map((c) => [String(c.profileId), c.name]));
    if (audiences.data) names.audiences = new Map(audiences.data.map((a) => [a.id, a.name]));
    return names;
  }, [interests.data, business.data, files.data, trackers.data, cohorts.data, channels.data, audiences.data]);
}
