import { useParams } from '@tanstack/react-router';
import { AdGroupList } from './ad-group-list';

/** Route `/accounts/$adAccountId/campaigns/$campaignId/ad-groups`. */
export function AdGroupListPage() {
  const { adAccountId, campaignId } = useParams({ from: '/accounts/$adAccountId/campaigns/$campaignId/ad-groups' });
  return <AdGroupList adAccountId={adAccountId} campaignId={campaignId} />;
}
