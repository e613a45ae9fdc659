import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { AdServingCategoryList, SectionCategoryList } from '../../../api/contracts/lookups';

export type PlacementCategoryKind = 'adServingCategories' | 'sectionCategories';

/**
 * Keys of the placement-category look-ups. No other feature reads them yet; when the
 * Display wizard needs them too, this moves next to the targeting look-ups.
 */
export const placementCategoryKeys = {
  all: ['placementCategories'] as const,
  list: (adAccountId: number, kind: PlacementCategoryKind) => [...placementCategoryKeys.all, adAccountId, kind] as const,
};

/** GET /targetings/placement/{adServingCategories|sectionCategories}: `[{code, name}]` (shape inferred, related-endpoints.md). */
export function placementCategoriesQuery(adAccountId: number, kind: PlacementCategoryKind) {
  return queryOptions({
    queryKey: placementCategoryKeys.list(adAccountId, kind),
    queryFn: ({ signal }) =>
      apiRequest(`/targetings/placement/${kind}`, {
        adAccountId,
        schema: kind === 'adServingCategories' ? AdServingCategoryList : SectionCategoryList,
        signal,
      }),
    // A look-up: it changes with Kakao's catalogue, not with anything done here.
    staleTime: 30 * 60_000,
  });
}

/**
 * Kakao's names for the group's category codes, in the group's order. Until the look-up
 * answers, or if it fails, a code is shown as it is: the page never waits for names.
 */
export function usePlacementCategoryNames(
  adAccountId: number,
  kind: PlacementCategoryKind,
  codes: readonly string[],
): { code: string; name: string | null }[] {
  const lookup = useQuery({ ...placementCategoriesQuery(adAccountId, kind), enabled: codes.length > 0 });
  return codes.map((code) => ({ code, name: lookup.data?.find((c) => c.code === code)?.name ?? null }));
}
