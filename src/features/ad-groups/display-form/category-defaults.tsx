import { useEffect } from 'react';
import type { DisplayCampaignFacts } from './campaign-facts';
import { useDisplayForm } from './form-context';
import { useAdServingCategories } from './placement-queries';

/**
 * NETWORK needs categories, and "all available placements" includes NETWORK: a new group
 * starts with every category, and Bizboard always has all ("use all fields"). Mounted for
 * the whole wizard (renders nothing), so a review reached by URL is complete too.
 */
export function CategoryDefaults({ campaign, adAccountId }: { campaign: DisplayCampaignFacts; adAccountId: number }) {
  const { getValues, setValue } = useDisplayForm();
  const data = useAdServingCategories(adAccountId).data;
  const bizboard = campaign.campaignType === 'TALK_BIZ_BOARD';
  useEffect(() => {
    if (!data) return;
    const codes = data.map((c) => c.code);
    const current = getValues('adServingCategories');
    if (current.length === 0 || (bizboard && current.length !== codes.length)) {
      // Not a user's change: no dirty flag, so opening and leaving asks nothing.
      setValue('adServingCategories', codes, { shouldDirty: false });
    }
  }, [data, bizboard, getValues, setValue]);
  return null;
}
