import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { ErrorState } from '../../../components/error-state';
import { LoadingSkeleton } from '../../../components/loading-skeleton';
import { useCampaign } from '../../context/api/get-campaign';
import { adGroupDetailQuery } from '../api/get-ad-group';
import { useWizardT } from '../wizard-kit/i18n';
import { WizardDispatch } from './wizard-dispatch';

/** `…/ad-groups/$adGroupId/edit`: load the group and its campaign, then the kind's wizard. */
export function EditAdGroupRoutePage() {
  const t = useWizardT();
  const params = useParams({ strict: false });
  const adAccountId = params.adAccountId ?? 0;
  const campaignId = params.campaignId ?? 0;
  const adGroupId = params.adGroupId ?? 0;
  const campaign = useCampaign(adAccountId, campaignId);
  const group = useQuery(adGroupDetailQuery(adAccountId, adGroupId));

  if (campaign.isError) return <ErrorState error={campaign.error} onRetry={() => void campaign.refetch()} />;
  if (group.isError) return <ErrorState error={group.error} onRetry={() => void group.refetch()} />;
  if (campaign.isPending || group.isPending) return <LoadingSkeleton rows={4} label={t('route.loading')} />;
  return <WizardDispatch adAccountId={adAccountId} campaign={campaign.data} target={{ kind: 'edit', group: group.data }} />;
}
