import { Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useWatch } from 'react-hook-form';
import type { DisplayCampaignFacts } from './campaign-facts';
import { useDisplayForm, useFieldError } from './form-context';
import { useDisplayT } from './i18n';

function NameCount() {
  const t = useDisplayT();
  const name = useWatch<{ name: string }, 'name'>({ name: 'name' });
  return <>{t('basics.nameHint', { count: [...(name ?? '')].length })}</>;
}

export function StepBasics({ campaign }: { campaign: DisplayCampaignFacts }) {
  const t = useDisplayT();
  const { t: common } = useTranslation();
  const { register } = useDisplayForm();
  const error = useFieldError('name');
  return (
    <Stack>
      <Group gap="xl">
        <div>
          <Text size="sm" c="gray.8">
            {t('basics.type')}
          </Text>
          <Text fw={600}>{common(`campaignType.${campaign.campaignType}`, { defaultValue: campaign.campaignType })}</Text>
        </div>
        <div>
          <Text size="sm" c="gray.8">
            {t('basics.goal')}
          </Text>
          <Text fw={600}>{common(`goal.${campaign.goal}`, { defaultValue: campaign.goal })}</Text>
        </div>
      </Group>
      <TextInput {...register('name')} label={t('basics.name')} description={<NameCount />} error={error} maw={520} />
    </Stack>
  );
}
