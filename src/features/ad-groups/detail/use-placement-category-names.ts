import { useQuery } from '@tanstack/react-query';
import { adServingCategoriesQuery, sectionCategoriesQuery } from '../display-form/placement-queries';

export type PlacementCategoryKind = 'adServingCategories' | 'sectionCategories';

/**
 * Kakao's names for the group's category codes, in the group's order, from the same
 * look-ups (and cache) as the Display wizard. Until the look-up answers, or if it fails,
 * a code is shown as it is: the page never waits for names.
 */
export function usePlacementCategoryNames(
  adAccountId: number,
  kind: PlacementCategoryKind,
  codes: readonly string[],
): { code: string; name: string | null }[] {
  const wanted = (k: PlacementCategoryKind) => kind === k && codes.length > 0;
  const network = useQuery({ ...adServingCategoriesQuery(adAccountId), enabled: wanted('adServingCategories') });
  const sections = useQuery({ ...sectionCategoriesQuery(adAccountId), enabled: wanted('sectionCategories') });
  const data = kind === 'adServingCategories' ? network.data : sections.data;
  return codes.map((code) => ({ code, name: data?.find((c) => c.code === code)?.name ?? null }));
}
