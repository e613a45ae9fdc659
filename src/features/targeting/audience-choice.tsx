import { Button, NativeSelect, Radio, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { TargetingRequest } from '../../api/contracts/targeting';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { audiencesQueryOptions } from './api/audience-queries';
import { errorFor, type TargetingPartProps } from './editor-context';
import { useTargetingT } from './i18n';
import { LookupState } from './lookup-state';
import { chooseAudience, countChoices, emptyTargeting, hasChoices, usesAudience } from './model/targeting-value';

/**
 * General targeting, or a saved audience. "If you set it to DISPLAY or MESSAGE, pass the
 * empty value for the rest": choosing one clears the other choices, after a confirmation,
 * and keeps them here so that switching back restores them.
 */
export function AudienceChoice({ value, onChange, context, adAccountId, errors }: TargetingPartProps) {
  const t = useTargetingT();
  // The reference: a Display group must use DISPLAY audiences; Message groups, MESSAGE ones (rules/targeting.ts).
  const audienceType = context.kind === 'display' ? 'DISPLAY' : 'MESSAGE';
  const [confirming, setConfirming] = useState(false);
  const [previous, setPrevious] = useState<TargetingRequest | null>(null);
  const audience = usesAudience(value);
  const smart = context.smartMessage === true;

  const switchToAudience = () => {
    setPrevious(value);
    onChange(chooseAudience(audienceType, null));
  };
  const switchToNormal = () => {
    onChange(previous ?? emptyTargeting());
    setPrevious(null);
  };

  const counts = countChoices(value);
  const cleared = (['ages', 'genders', 'regions', 'customAudiences'] as const)
    .filter((k) => counts[k] > 0)
    .map((k) => t(`audience.cleared.${k}`, { n: counts[k] }))
    .join(', ');

  return (
    <Stack gap="sm">
      <Radio.Group
        label={t('audience.legend')}
        description={smart ? t('audience.smartMessage') : undefined}
        value={audience ? 'AUDIENCE' : 'NORMAL'}
        onChange={(next) => {
          if (next === 'NORMAL') switchToNormal();
          else if (hasChoices(value)) setConfirming(true);
          else switchToAudience();
        }}
        error={errorFor(errors, 'targeting.type')}
      >
        <Stack gap="xs" mt={4}>
          <Radio value="NORMAL" label={t('audience.normal')} />
          <Radio value="AUDIENCE" label={t('audience.saved')} disabled={smart && !audience} />
        </Stack>
      </Radio.Group>
      {audience && (
        <Stack gap="xs" pl="lg">
          <AudienceSelect
            adAccountId={adAccountId}
            type={audienceType}
            value={value.id === null || value.id === undefined ? '' : String(value.id)}
            onSelect={(id) => onChange({ ...value, type: audienceType, id })}
            // 'targeting' itself carries audienceExclusive; its children belong to the other fields.
            error={errorFor(errors, 'targeting.id') ?? errors?.targeting}
          />
          <Text size="sm" c="dimmed">
            {t('audience.replacesRest')}
          </Text>
          {previous && hasChoices(previous) && (
            <Button variant="subtle" size="compact-sm" onClick={switchToNormal} style={{ alignSelf: 'flex-start' }}>
              {t('audience.restore')}
            </Button>
          )}
        </Stack>
      )}
      <ConfirmDialog
        opened={confirming}
        title={t('audience.confirm.title')}
        message={t('audience.confirm.message', { list: cleared })}
        confirmLabel={t('audience.confirm.confirm')}
        confirmColor="blue"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          switchToAudience();
        }}
      />
    </Stack>
  );
}

interface AudienceSelectProps {
  adAccountId: number;
  type: 'DISPLAY' | 'MESSAGE';
  value: string;
  onSelect: (id: number) => void;
  error?: string;
}

/** Saved audiences of the right type; those not COMPLETE are listed but cannot be chosen. */
function AudienceSelect({ adAccountId, type, value, onSelect, error }: AudienceSelectProps) {
  const t = useTargetingT();
  const query = useQuery(audiencesQueryOptions(adAccountId));
  return (
    <LookupState
      query={query}
      loadingLabel={t('audience.loading')}
      emptyText={t('audience.empty')}
      isEmpty={(list) => !list.some((a) => a.type === type)}
    >
      {(list) => (
        <NativeSelect
          label={t('audience.select')}
          value={value}
          error={error}
          onChange={(e) => {
            const id = Number(e.currentTarget.value);
            if (Number.isFinite(id) && e.currentTarget.value !== '') onSelect(id);
          }}
          data={[
            { value: '', label: t('audience.placeholder'), disabled: true },
            ...list
              .filter((a) => a.type === type)
              .map((a) => {
                const ready = !a.audienceStatus || a.audienceStatus === 'COMPLETE';
                const status = t(`audience.status.${a.audienceStatus}`, { defaultValue: a.audienceStatus ?? '' });
                return {
                  value: String(a.id),
                  label: ready ? a.name : t('audience.notReady', { name: a.name, status }),
                  disabled: !ready && String(a.id) !== value,
                };
              }),
          ]}
        />
      )}
    </LookupState>
  );
}
