import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCampaignTypeGoals } from './api/get-campaign';
import { useCampaigns } from './api/list-campaigns';
import { campaignTypeGoalLabel } from './campaign-labels';
import { ContextSelect } from './context-select';

export interface CampaignPickerProps {
  adAccountId: number | null;
  value: number | null;
  onChange: (campaignId: number) => void;
}

/**
 * Campaigns of the chosen account, each with its type and goal. The list endpoint has
 * neither, so each campaign's detail is fetched (and cached) once, a few at a time; the
 * options name the types loaded so far.
 */
export function CampaignPicker({ adAccountId, value, onChange }: CampaignPickerProps) {
  const { t } = useTranslation();
  const campaigns = useCampaigns(adAccountId);
  const list = useMemo(() => campaigns.data ?? [], [campaigns.data]);
  const ids = useMemo(() => list.map((c) => c.id), [list]);
  const loaded = useCampaignTypeGoals(adAccountId, ids);
  const options = useMemo(
    () =>
      list.map((c, i) => {
        const campaignTypeGoal = loaded[i];
        const typeGoal = campaignTypeGoal ? campaignTypeGoalLabel(t, { campaignTypeGoal }) : null;
        return { value: c.id, label: typeGoal ? `${c.name} (${typeGoal})` : c.name };
      }),
    [list, loaded, t],
  );
  const placeholder =
    adAccountId === null
      ? t('picker.campaign.noAccount')
      : campaigns.isPending
        ? t('picker.campaign.loading')
        : campaigns.isError
          ? t('picker.campaign.error')
          : options.length === 0
            ? t('picker.campaign.empty')
            : t('picker.campaign.placeholder');

  return (
    <ContextSelect
      label={t('picker.campaign.label')}
      placeholder={placeholder}
      options={options}
      value={value}
      onChange={onChange}
      error={campaigns.isError}
      width={340}
    />
  );
}
