import { Paper, Stack, Text, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { adGroupKindOf } from '../../../api/rules/campaign-kind';
import { canCreateAdGroupUnder } from '../../../api/rules/campaign-kind';
import { AnchorLink } from '../../../components/anchor-link';
import { ErrorState } from '../../../components/error-state';
import { LoadingSkeleton } from '../../../components/loading-skeleton';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useCampaign } from '../../context/api/get-campaign';
import { campaignTypeGoalLabel } from '../../context/campaign-labels';
import { AD_GROUPS_NAMESPACE } from './messages';

/**
 * `/accounts/$a/campaigns/$c/ad-groups/new`, until the wizards exist: says honestly
 * which wizard this campaign will get (or that the Open API cannot create its groups).
 */
export function NewAdGroupPage() {
  const { t } = useTranslation(AD_GROUPS_NAMESPACE);
  const { t: tc } = useTranslation();
  const params = useParams({ from: '/accounts/$adAccountId/campaigns/$campaignId/ad-groups/new' });
  const campaign = useCampaign(params.adAccountId, params.campaignId);
  useDocumentTitle(t('newPage.title'));

  let body;
  if (campaign.isPending) body = <LoadingSkeleton rows={2} />;
  else if (campaign.isError) body = <ErrorState error={campaign.error} onRetry={() => void campaign.refetch()} />;
  else {
    const type = String(campaign.data.campaignTypeGoal?.campaignType ?? '');
    const goal = String(campaign.data.campaignTypeGoal?.goal ?? '');
    const kind = canCreateAdGroupUnder(type, goal) ? adGroupKindOf(type) : 'none';
    const typeGoal = campaignTypeGoalLabel(tc, campaign.data) ?? `${type} · ${goal}`;
    body = (
      <Paper withBorder p="lg">
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('newPage.notYet')}
          </Title>
          <Text>{t(`newPage.wizard.${kind === 'readonly' ? 'none' : kind}`, { typeGoal })}</Text>
          {kind !== 'none' && kind !== 'readonly' && <Text c="dimmed">{t('newPage.explain')}</Text>}
        </Stack>
      </Paper>
    );
  }

  return (
    <Stack>
      <Title order={1}>{t('newPage.title')}</Title>
      {body}
      <AnchorLink to="/accounts/$adAccountId/campaigns/$campaignId/ad-groups" params={params}>
        {t('newPage.back')}
      </AnchorLink>
    </Stack>
  );
}
