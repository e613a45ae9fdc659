import { useNavigate, useParams } from '@tanstack/react-router';
import { useCallback } from 'react';

export interface Selection {
  adAccountId: number | null;
  campaignId: number | null;
}

/** The chosen account and campaign live in the URL (route params), nowhere else. */
export function useSelection(): Selection {
  const params = useParams({ strict: false });
  return { adAccountId: params.adAccountId ?? null, campaignId: params.campaignId ?? null };
}

/** Moves the URL to a new account (campaign cleared) or campaign (its ad group list). */
export function useSelect() {
  const navigate = useNavigate();
  const selectAccount = useCallback(
    (adAccountId: number) => navigate({ to: '/accounts/$adAccountId', params: { adAccountId } }),
    [navigate],
  );
  const selectCampaign = useCallback(
    (adAccountId: number, campaignId: number) =>
      navigate({ to: '/accounts/$adAccountId/campaigns/$campaignId/ad-groups', params: { adAccountId, campaignId } }),
    [navigate],
  );
  return { selectAccount, selectCampaign };
}
