import { Checkbox, Group, Loader, Radio, Stack, Text } from '@mantine/core';
import { Controller, useWatch } from 'react-hook-form';
import {
  canUseAllAvailableDeviceType,
  canUseSectionCategories,
  deviceTypesFor,
  needsAdServingCategories,
  placementsFor,
} from '../../../api/rules/placement-device';
import type { DisplayCampaignFacts } from './campaign-facts';
import { useDisplayForm, useFieldError } from './form-context';
import type { DisplayFormValues } from './form-values';
import { useDisplayT } from './i18n';
import { useAdServingCategories, useSectionCategories } from './placement-queries';

type Props = { campaign: DisplayCampaignFacts; adAccountId: number };

function useEffectivePlacements(campaign: DisplayCampaignFacts): string[] {
  const [all, chosen] = useWatch<DisplayFormValues, ['allAvailablePlacement', 'placements']>({
    name: ['allAvailablePlacement', 'placements'],
  });
  return all ? placementsFor(campaign.campaignType) : chosen;
}

function PlacementChoice({ campaign }: { campaign: DisplayCampaignFacts }) {
  const t = useDisplayT();
  const { control } = useDisplayForm();
  const all = useWatch<DisplayFormValues, 'allAvailablePlacement'>({ name: 'allAvailablePlacement' });
  const error = useFieldError('placements');
  return (
    <Stack gap="xs">
      <Controller
        control={control}
        name="allAvailablePlacement"
        render={({ field }) => (
          <Radio.Group label={t('placements.legend')} value={field.value ? 'all' : 'specific'} onChange={(v) => field.onChange(v === 'all')}>
            <Stack gap={6} mt={6}>
              <Radio value="all" label={t('placements.all')} />
              <Radio value="specific" label={t('placements.specific')} />
            </Stack>
          </Radio.Group>
        )}
      />
      {!all && (
        <Controller
          control={control}
          name="placements"
          render={({ field }) => (
            <Checkbox.Group label={t('placements.choose')} value={field.value} onChange={field.onChange} error={error} ml="lg">
              <Group mt={6}>
                {placementsFor(campaign.campaignType).map((p) => (
                  <Checkbox key={p} value={p} label={t(`placements.${p}`)} />
                ))}
              </Group>
            </Checkbox.Group>
          )}
        />
      )}
    </Stack>
  );
}

/** NETWORK needs categories; Bizboard must use all of them ("use all fields"), so it gets them all. */
function AdServingCategories({ campaign, adAccountId }: Props) {
  const t = useDisplayT();
  const { control } = useDisplayForm();
  const query = useAdServingCategories(adAccountId);
  const error = useFieldError('adServingCategories');
  const bizboard = campaign.campaignType === 'TALK_BIZ_BOARD';
  if (query.isPending) return <Group gap="xs"><Loader size="xs" /><Text size="sm">{t('placements.loadingCategories')}</Text></Group>;
  if (query.isError) return <Text c="red.9" size="sm" role="alert">{t('placements.categoriesFailed')}</Text>;
  if (bizboard) return <Text size="sm">{t('placements.adServingBizboard')}</Text>;
  return (
    <Controller
      control={control}
      name="adServingCategories"
      render={({ field }) => (
        <Checkbox.Group label={t('placements.adServing')} value={field.value} onChange={field.onChange} error={error}>
          <Group mt={6}>
            {query.data.map((c) => (
              <Checkbox key={c.code} value={c.code} label={c.name} />
            ))}
          </Group>
        </Checkbox.Group>
      )}
    />
  );
}

function SectionCategories({ adAccountId }: { adAccountId: number }) {
  const t = useDisplayT();
  const { control } = useDisplayForm();
  const query = useSectionCategories(adAccountId, true);
  const error = useFieldError('sectionCategories');
  if (!query.data) return null;
  return (
    <Controller
      control={control}
      name="sectionCategories"
      render={({ field }) => (
        <Checkbox.Group label={t('placements.section')} value={field.value} onChange={field.onChange} error={error}>
          <Group mt={6}>
            {query.data.map((c) => (
              <Checkbox key={c.code} value={c.code} label={`${c.name} (${c.code})`} />
            ))}
          </Group>
        </Checkbox.Group>
      )}
    />
  );
}

function Devices({ campaign }: { campaign: DisplayCampaignFacts }) {
  const t = useDisplayT();
  const { control } = useDisplayForm();
  const allAllowed = canUseAllAvailableDeviceType(campaign);
  const all = useWatch<DisplayFormValues, 'allAvailableDeviceType'>({ name: 'allAvailableDeviceType' });
  const error = useFieldError('deviceTypes');
  const offered = deviceTypesFor(campaign, false);
  return (
    <Stack gap="xs">
      {allAllowed && (
        <Controller
          control={control}
          name="allAvailableDeviceType"
          render={({ field }) => (
            <Radio.Group label={t('devices.legend')} value={field.value ? 'all' : 'specific'} onChange={(v) => field.onChange(v === 'all')}>
              <Stack gap={6} mt={6}>
                <Radio value="all" label={t('devices.all')} />
                <Radio value="specific" label={t('devices.specific')} />
              </Stack>
            </Radio.Group>
          )}
        />
      )}
      {!(allAllowed && all) && (
        <Controller
          control={control}
          name="deviceTypes"
          render={({ field }) => (
            <Checkbox.Group
              label={allAllowed ? t('devices.choose') : t('devices.legend')}
              value={field.value}
              onChange={field.onChange}
              error={error}
              description={offered.includes('PC') ? undefined : t('devices.pcNote')}
            >
              <Group mt={6}>
                {offered.map((d) => (
                  <Checkbox key={d} value={d} label={t(`devices.${d}`)} />
                ))}
              </Group>
            </Checkbox.Group>
          )}
        />
      )}
    </Stack>
  );
}

export function StepPlacements({ campaign, adAccountId }: Props) {
  const placements = useEffectivePlacements(campaign);
  return (
    <Stack gap="lg">
      <PlacementChoice campaign={campaign} />
      {needsAdServingCategories(placements) && <AdServingCategories campaign={campaign} adAccountId={adAccountId} />}
      {canUseSectionCategories(campaign.campaignType, placements) && <SectionCategories adAccountId={adAccountId} />}
      <Devices campaign={campaign} />
    </Stack>
  );
}
