import { useParams } from '@tanstack/react-router';
import { AdGroupDetailView } from './ad-group-detail';

/** Route `/accounts/$adAccountId/campaigns/$campaignId/ad-groups/$adGroupId`. */
export function AdGroupDetailPage() {
  const { adAccountId, campaignId, adGroupId } = useParams({
    from: '/accounts/$adAccountId/campaigns/$campaignId/ad-groups/$adGroupId',
  });
  return <AdGroupDetailView adAccountId={adAccountId} campaignId={campaignId} adGroupId={adGroupId} />;
}
