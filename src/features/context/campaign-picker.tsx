import { Select, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCampaignTypeGoals } from './api/get-campaign';
import { useCampaigns } from './api/list-campaigns';
import { campaignTypeGoalLabel } from './campaign-labels';

export interface CampaignPickerProps {
  adAccountId: number | null;
  value: number | null;
  onChange: (campaignId: number) => void;
}

/**
 * Campaigns of the chosen account, each with its type and goal. The list endpoint has
 * neither, so each campaign's detail is fetched (and cached) once, a few at a time; the
 * options show the types loaded so far.
 */
export function CampaignPicker({ adAccountId, value, onChange }: CampaignPickerProps) {
  const { t } = useTranslation();
  const campaigns = useCampaigns(adAccountId);
  const list = useMemo(() => campaigns.data ?? [], [campaigns.data]);
  const ids = useMemo(() => list.map((c) => c.id), [list]);
  const loaded = useCampaignTypeGoals(adAccountId, ids);
  const { typeGoals, data } = useMemo(() => {
    const labels = new Map(
      list.map((c, i) => {
        const campaignTypeGoal = loaded[i];
        return [String(c.id), campaignTypeGoal ? campaignTypeGoalLabel(t, { campaignTypeGoal }) : null] as const;
      }),
    );
    const options = list.map((c) => {
      const typeGoal = labels.get(String(c.id));
      return { value: String(c.id), label: typeGoal ? `${c.name} (${typeGoal})` : c.name, name: c.name };
    });
    return { typeGoals: labels, data: options };
  }, [list, loaded, t]);
  const placeholder =
    adAccountId === null
      ? t('picker.campaign.noAccount')
      : campaigns.isPending
        ? t('picker.campaign.loading')
        : campaigns.isError
          ? t('picker.campaign.error')
          : data.length === 0
            ? t('picker.campaign.empty')
            : t('picker.campaign.placeholder');

  return (
    <Select
      label={t('picker.campaign.label')}
      placeholder={placeholder}
      data={data}
      value={value === null ? null : String(value)}
      onChange={(next) => next && onChange(Number(next))}
      disabled={data.length === 0}
      error={campaigns.isError}
      searchable
      allowDeselect={false}
      nothingFoundMessage={t('picker.campaign.empty')}
      size="sm"
      w={340}
      // Inside the header's nav landmark, so the open list is still in a landmark (axe "region").
      comboboxProps={{ withinPortal: false }}
      renderOption={({ option }) => {
        const name = data.find((d) => d.value === option.value)?.name ?? option.label;
        return (
          <Stack gap={0}>
            <Text size="sm">{name}</Text>
            <Text size="xs" c="dimmed">
              {typeGoals.get(option.value) ?? t('picker.campaign.typeGoalLoading')}
            </Text>
          </Stack>
        );
      }}
    />
  );
}
