import { Alert, List, Paper, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { Controller, useFormState, useWatch } from 'react-hook-form';
import type { FieldErrors as TargetingErrors } from '../../targeting/editor-context';
import { clearCustomAudiences, hasCustomAudiences } from '../../targeting/model/targeting-value';
import { TargetingEditor } from '../../targeting/targeting-editor';
import type { PopulationScore } from '../api/use-population-score';
import { useMessageForm } from './form-context';
import type { MessageFormValues } from './form-values';
import { useMessageT } from './i18n';
import { PopulationPanel } from './population-panel';

/** Smart message and its documented conditions (reference, `smartMessage`). */
function SmartMessage({ onCustomCleared }: { onCustomCleared: () => void }) {
  const t = useMessageT();
  const { control, getValues, setValue } = useMessageForm();
  return (
    <Paper withBorder p="md" maw={640}>
      <Controller
        control={control}
        name="smartMessage"
        render={({ field }) => (
          <Switch
            label={t('smart.label')}
            description={t('smart.description')}
            checked={field.value}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              field.onChange(on);
              // Smart message forbids custom audiences: drop them rather than leave a form that can't be sent.
              if (on && hasCustomAudiences(getValues('targeting'))) {
                setValue('targeting', clearCustomAudiences(getValues('targeting')), { shouldDirty: true });
                onCustomCleared();
              }
            }}
          />
        )}
      />
      <Text size="sm" fw={600} mt="sm" id="smart-conditions">
        {t('smart.conditions')}
      </Text>
      <List size="sm" aria-labelledby="smart-conditions">
        <List.Item>{t('smart.friends')}</List.Item>
        <List.Item>{t('smart.share')}</List.Item>
        <List.Item>{t('smart.noCustom')}</List.Item>
        <List.Item>{t('smart.population')}</List.Item>
        <List.Item>{t('smart.creatives')}</List.Item>
      </List>
    </Paper>
  );
}

function targetingErrors(types: Record<string, unknown> | undefined): TargetingErrors {
  const out: TargetingErrors = {};
  for (const [path, message] of Object.entries(types ?? {})) if (typeof message === 'string') out[path] = message;
  return out;
}

export interface StepTargetingProps {
  adAccountId: number;
  campaign: { campaignType: string; goal: string };
  population: PopulationScore;
}

export function StepTargeting({ adAccountId, campaign, population }: StepTargetingProps) {
  const t = useMessageT();
  const { control } = useMessageForm();
  const smartMessage = useWatch<MessageFormValues, 'smartMessage'>({ name: 'smartMessage' });
  const { errors } = useFormState<MessageFormValues>({ name: 'targeting' });
  const [cleared, setCleared] = useState(false);
  return (
    <Stack gap="lg">
      <PopulationPanel population={population} />
      <SmartMessage onCustomCleared={() => setCleared(true)} />
      {cleared && smartMessage && (
        <Alert color="yellow" role="status">
          {t('smart.customCleared')}
        </Alert>
      )}
      {errors.targeting?.message && (
        <Text c="red.8" size="sm" role="alert">
          {errors.targeting.message}
        </Text>
      )}
      <Controller
        control={control}
        name="targeting"
        render={({ field }) => (
          <TargetingEditor
            value={field.value}
            onChange={field.onChange}
            adAccountId={adAccountId}
            context={{ ...campaign, kind: 'message', adult: false, adultLocked: false, smartMessage }}
            errors={targetingErrors(errors.targeting?.types)}
          />
        )}
      />
    </Stack>
  );
}
