import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { LoadingSkeleton } from '../../../components/loading-skeleton';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useCampaign } from '../../context/api/get-campaign';
import { DEFAULT_AD_GROUP_CONFIGS, useAdGroups } from '../api/list-ad-groups';
import { AdGroupTable } from './ad-group-table';
import { AD_GROUPS_NAMESPACE } from './messages';

export interface AdGroupListProps {
  adAccountId: number;
  campaignId: number;
}

/** The selected campaign's ad groups, with loading, empty and error states. */
export function AdGroupList({ adAccountId, campaignId }: AdGroupListProps) {
  const { t } = useTranslation(AD_GROUPS_NAMESPACE);
  // The header picker already fetched this campaign's detail: this is a cache hit.
  const campaign = useCampaign(adAccountId, campaignId);
  const adGroups = useAdGroups({ adAccountId, campaignId, config: DEFAULT_AD_GROUP_CONFIGS });
  const campaignName = campaign.data?.name;
  const title = campaignName ? t('list.campaignTitle', { campaign: campaignName }) : t('list.title');
  useDocumentTitle(title);

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1}>{title}</Title>
          <Text c="dimmed">{t('list.intro')}</Text>
        </Stack>
        {adGroups.data && adGroups.data.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('list.count', { count: adGroups.data.length })}
          </Text>
        )}
      </Group>
      {adGroups.isPending ? (
        <LoadingSkeleton rows={6} />
      ) : adGroups.isError ? (
        <ErrorState error={adGroups.error} onRetry={() => void adGroups.refetch()} retrying={adGroups.isFetching} />
      ) : adGroups.data.length === 0 ? (
        <EmptyState title={t('list.emptyTitle')} description={t('list.emptyHint')} />
      ) : (
        <AdGroupTable adGroups={adGroups.data} />
      )}
    </Stack>
  );
}
