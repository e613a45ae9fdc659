import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error';
import { AD_GROUP_NOT_FOUND, isDeletedAdGroupError } from '../../../api/ad-group-detail-codes';
import { adGroupKindOf } from '../../../api/rules/campaign-kind';
import { AnchorLink } from '../../../components/anchor-link';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { LoadingSkeleton } from '../../../components/loading-skeleton';
import { useDocumentTitle } from '../../../components/use-document-title';
import { AdGroupDetailTabs } from '../../history/ad-group-history-tabs';
import { useAdGroupDetail } from '../api/get-ad-group';
import { DetailHeader } from './detail-header';
import { KindSections } from './kind-sections';
import { AD_GROUP_DETAIL_NAMESPACE } from './messages';
import { RawJsonPanel } from './raw-json-panel';
import { SystemStopPanel } from './system-stop-panel';


export interface AdGroupDetailViewProps {
  adAccountId: number;
  /** The campaign in the URL: where "back to the list" goes. */
  campaignId: number;
  adGroupId: number;
}

function BackLink({ adAccountId, campaignId }: { adAccountId: number; campaignId: number }) {
  const { t } = useTranslation(AD_GROUP_DETAIL_NAMESPACE);
  return (
    <AnchorLink to="/accounts/$adAccountId/campaigns/$campaignId/ad-groups" params={{ adAccountId, campaignId }} size="sm">
      ← {t('page.back')}
    </AnchorLink>
  );
}

/** One ad group of any kind, with its loading, not-found and error states. */
export function AdGroupDetailView({ adAccountId, campaignId, adGroupId }: AdGroupDetailViewProps) {
  const { t } = useTranslation(AD_GROUP_DETAIL_NAMESPACE);
  const query = useAdGroupDetail(adAccountId, adGroupId);
  const deleted = isDeletedAdGroupError(query.error);
  const notFound = deleted || (isApiError(query.error) && query.error.detailCode === AD_GROUP_NOT_FOUND);
  const goneTitle = deleted ? t('page.deletedTitle') : t('page.notFoundTitle');
  useDocumentTitle(query.data?.name ?? (notFound ? goneTitle : t('page.title')));

  if (query.isPending || query.isError) {
    return (
      <Stack>
        <BackLink adAccountId={adAccountId} campaignId={campaignId} />
        <Title order={1}>{t('page.title')}</Title>
        {query.isPending ? (
          <LoadingSkeleton rows={6} label={t('page.loading')} />
        ) : notFound ? (
          <EmptyState
            title={goneTitle}
            description={deleted ? t('page.deletedHint') : t('page.notFoundHint')}
            action={<BackLink adAccountId={adAccountId} campaignId={campaignId} />}
          />
        ) : (
          // The shared error state words an expired or invalid token (ApiError.isAuth) itself.
          <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
        )}
      </Stack>
    );
  }

  const adGroup = query.data;
  const kind = adGroupKindOf(String(adGroup.campaign.campaignTypeGoal?.campaignType ?? ''));
  return (
    <Stack>
      <BackLink adAccountId={adAccountId} campaignId={adGroup.campaign.id} />
      <DetailHeader adAccountId={adAccountId} adGroup={adGroup} />
      {adGroup.systemConfig !== 'ON' && (
        <SystemStopPanel adAccountId={adAccountId} adGroupId={adGroup.id} systemConfig={adGroup.systemConfig} />
      )}
      <AdGroupDetailTabs adAccountId={adAccountId} campaignId={adGroup.campaign.id} adGroupId={adGroup.id}>
        <KindSections adAccountId={adAccountId} adGroup={adGroup} kind={kind} />
        <RawJsonPanel value={adGroup} />
      </AdGroupDetailTabs>
    </Stack>
  );
}
