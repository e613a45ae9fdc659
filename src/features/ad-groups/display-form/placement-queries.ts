import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { AdServingCategoryList, SectionCategoryList } from '../../../api/contracts/lookups';
import { LOOKUP_STALE_TIME, targetingKeys } from '../../targeting/api/keys';

// The targeting feature has no placement look-ups; these live under its account key so
// that invalidating an account's look-ups covers them too.
export function adServingCategoriesQuery(adAccountId: number) {
  return queryOptions({
    queryKey: [...targetingKeys.account(adAccountId), 'placement', 'adServingCategories'] as const,
    queryFn: ({ signal }) =>
      apiRequest('/targetings/placement/adServingCategories', { adAccountId, schema: AdServingCategoryList, signal }),
    staleTime: LOOKUP_STALE_TIME,
  });
}

export function sectionCategoriesQuery(adAccountId: number) {
  return queryOptions({
    queryKey: [...targetingKeys.account(adAccountId), 'placement', 'sectionCategories'] as const,
    queryFn: ({ signal }) =>
      apiRequest('/targetings/placement/sectionCategories', { adAccountId, schema: SectionCategoryList, signal }),
    staleTime: LOOKUP_STALE_TIME,
  });
}

export const useAdServingCategories = (adAccountId: number) => useQuery(adServingCategoriesQuery(adAccountId));
export const useSectionCategories = (adAccountId: number, enabled: boolean) =>
  useQuery({ ...sectionCategoriesQuery(adAccountId), enabled });
