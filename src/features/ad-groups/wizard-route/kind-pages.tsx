import { Paper, Stack, Text, Title } from '@mantine/core';
import { AnchorLink } from '../../../components/anchor-link';
import { useWizardT } from '../wizard-kit/i18n';

interface Props {
  adAccountId: number;
  campaignId: number;
}

function BackLink({ adAccountId, campaignId }: Props) {
  const t = useWizardT();
  return (
    <AnchorLink to="/accounts/$adAccountId/campaigns/$campaignId/ad-groups" params={{ adAccountId, campaignId }}>
      {t('route.back')}
    </AnchorLink>
  );
}

/** A campaign type this console shows but never writes (Daum Shopping, Kakao TV…, or a type × goal the API cannot create). */
export function ReadonlyKindPage({ typeGoal, ...ids }: Props & { typeGoal: string }) {
  const t = useWizardT();
  return (
    <Stack>
      <Title order={1}>{t('route.readonlyTitle')}</Title>
      <Paper withBorder p="lg">
        <Text>{t('route.readonly', { typeGoal })}</Text>
      </Paper>
      <BackLink {...ids} />
    </Stack>
  );
}
