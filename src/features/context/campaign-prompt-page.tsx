import { Group, List, Stack, Text, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/anchor-link';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { LoadingSkeleton } from '../../components/loading-skeleton';
import { ConfigBadge } from '../../components/status-badge';
import { useDocumentTitle } from '../../components/use-document-title';
import { useCampaigns } from './api/list-campaigns';

/** `/accounts/$adAccountId`: an account is chosen, a campaign not yet. */
export function CampaignPromptPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('account.title'));
  const { adAccountId } = useParams({ from: '/accounts/$adAccountId' });
  const campaigns = useCampaigns(adAccountId);

  return (
    <Stack>
      <Title order={1}>{t('account.title')}</Title>
      <Text>{t('account.intro')}</Text>
      {campaigns.isPending ? (
        <LoadingSkeleton rows={4} />
      ) : campaigns.isError ? (
        <ErrorState error={campaigns.error} onRetry={() => void campaigns.refetch()} retrying={campaigns.isFetching} />
      ) : campaigns.data.length === 0 ? (
        <EmptyState title={t('account.emptyTitle')} description={t('account.emptyHint')} />
      ) : (
        <List listStyleType="none" spacing="sm">
          {campaigns.data.map((campaign) => (
            <List.Item key={campaign.id}>
              <Group gap="sm">
                <AnchorLink
                  to="/accounts/$adAccountId/campaigns/$campaignId/ad-groups"
                  params={{ adAccountId, campaignId: campaign.id }}
                >
                  {campaign.name}
                </AnchorLink>
                <ConfigBadge config={campaign.config} />
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
