import { useQuery } from '@tanstack/react-query';
import { useParams, useSearch } from '@tanstack/react-router';
import { ErrorState } from '../../../components/error-state';
import { LoadingSkeleton } from '../../../components/loading-skeleton';
import { useCampaign } from '../../context/api/get-campaign';
import { adGroupDetailQuery } from '../api/get-ad-group';
import { useWizardT } from '../wizard-kit/i18n';
import { WizardDispatch } from './wizard-dispatch';

/** Kakao ids are positive integers; `?from=` anything else is ignored (a plain create). */
function idOf(raw: unknown): number | null {
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

/** `…/ad-groups/new` and `…/ad-groups/new?from=$id` (duplicate). */
export function NewAdGroupRoutePage() {
  const t = useWizardT();
  const params = useParams({ strict: false });
  const search: { from?: unknown } = useSearch({ strict: false });
  const adAccountId = params.adAccountId ?? 0;
  const campaignId = params.campaignId ?? 0;
  const from = idOf(search.from);
  const campaign = useCampaign(adAccountId, campaignId);
  const source = useQuery({ ...adGroupDetailQuery(adAccountId, from ?? 0), enabled: from !== null });

  if (campaign.isError) return <ErrorState error={campaign.error} onRetry={() => void campaign.refetch()} />;
  if (from !== null && source.isError) return <ErrorState error={source.error} onRetry={() => void source.refetch()} />;
  if (campaign.isPending || (from !== null && source.isPending)) return <LoadingSkeleton rows={4} label={t('route.loading')} />;
  const target = from !== null && source.data ? { kind: 'duplicate' as const, source: source.data } : { kind: 'create' as const };
  return <WizardDispatch adAccountId={adAccountId} campaign={campaign.data} target={target} />;
}
