import { useParams } from '@tanstack/react-router';

/** Route `/accounts/$adAccountId/campaigns/$campaignId/ad-groups/$adGroupId`. */
export function AdGroupDetailPage() {
  const { adGroupId } = useParams({ from: '/accounts/$adAccountId/campaigns/$campaignId/ad-groups/$adGroupId' });
  return <h1>{adGroupId}</h1>;
}
