import { Group, List, Stack, Text, Title } from '@mantine/core';
import { Navigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/anchor-link';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { LoadingSkeleton } from '../../components/loading-skeleton';
import { ConfigBadge } from '../../components/status-badge';
import { useDocumentTitle } from '../../components/use-document-title';
import { useAdAccounts } from './api/list-ad-accounts';

/** `/`: the ad accounts to choose from; with only one, straight to it. */
export function AccountChooserPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('home.title'));
  const accounts = useAdAccounts();

  if (accounts.data?.length === 1) {
    return <Navigate to="/accounts/$adAccountId" params={{ adAccountId: accounts.data[0].id }} replace />;
  }
  return (
    <Stack>
      <Title order={1}>{t('home.title')}</Title>
      <Text>{t('home.intro')}</Text>
      {accounts.isPending ? (
        <LoadingSkeleton rows={3} />
      ) : accounts.isError ? (
        <ErrorState error={accounts.error} onRetry={() => void accounts.refetch()} retrying={accounts.isFetching} />
      ) : accounts.data.length === 0 ? (
        <EmptyState title={t('home.emptyTitle')} description={t('home.emptyHint')} />
      ) : (
        <List listStyleType="none" spacing="sm">
          {accounts.data.map((account) => (
            <List.Item key={account.id}>
              <Group gap="sm">
                <AnchorLink to="/accounts/$adAccountId" params={{ adAccountId: account.id }}>
                  {account.name}
                </AnchorLink>
                {account.config && <ConfigBadge config={account.config} />}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
