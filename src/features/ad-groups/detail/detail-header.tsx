import { Button, Group, Stack, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdGroupDetail } from '../../../api/contracts/ad-group';
import { adGroupKindOf } from '../../../api/rules/campaign-kind';
import { ConfigBadge, SystemConfigBadge } from '../../../components/status-badge';
import { CancelContractButton } from '../actions/cancel-contract-button';
import { DeleteAdGroupButton } from '../actions/delete-ad-group-button';
import { campaignFactsOf } from '../actions/facts';
import { StatusSwitch } from '../actions/status-switch';
import { AD_GROUP_DETAIL_NAMESPACE } from './messages';
import { useCampaignTypeGoal } from './overview-section';

/**
 * Edit and duplicate open the wizards, which do not exist yet. Rather than a link to a
 * page that isn't there, the button says so: focusable (aria-disabled, not disabled), so
 * keyboard and screen reader users get the same "coming soon" as the hover tooltip.
 */
function ComingSoonButton({ label }: { label: string }) {
  const { t } = useTranslation(AD_GROUP_DETAIL_NAMESPACE);
  const hintId = useId();
  return (
    <>
      <Tooltip label={t('actions.comingSoon')} events={{ hover: true, focus: true, touch: true }}>
        <Button
          variant="default"
          size="sm"
          data-disabled
          aria-disabled="true"
          aria-describedby={hintId}
          onClick={(event) => event.preventDefault()}
        >
          {label}
        </Button>
      </Tooltip>
      <VisuallyHidden id={hintId}>{t('actions.comingSoon')}</VisuallyHidden>
    </>
  );
}

export interface DetailHeaderProps {
  adAccountId: number;
  adGroup: AdGroupDetail;
}

/** The group's name and status, and what can be done to it (each action decides by the rules). */
export function DetailHeader({ adAccountId, adGroup }: DetailHeaderProps) {
  const { t } = useTranslation(AD_GROUP_DETAIL_NAMESPACE);
  const navigate = useNavigate();
  const campaign = campaignFactsOf(adGroup.campaign);
  const { type, goal } = useCampaignTypeGoal(adGroup);
  const kind = adGroupKindOf(campaign.campaignType);
  const editable = kind !== 'readonly' && adGroup.config !== 'DEL';
  const toList = () =>
    void navigate({
      to: '/accounts/$adAccountId/campaigns/$campaignId/ad-groups',
      params: { adAccountId, campaignId: adGroup.campaign.id },
    });

  return (
    <Group justify="space-between" align="flex-start" gap="md">
      <Stack gap={6}>
        <Title order={1}>{adGroup.name}</Title>
        <Group gap="xs">
          <ConfigBadge config={adGroup.config} />
          <SystemConfigBadge systemConfig={adGroup.systemConfig} />
          <Text size="sm" c="gray.7">
            {[type, goal].filter(Boolean).join(' · ')}
          </Text>
        </Group>
      </Stack>
      <Group gap="sm" role="group" aria-label={t('actions.label')}>
        <StatusSwitch adAccountId={adAccountId} adGroup={adGroup} campaign={campaign} size="md" />
        {editable && (
          <>
            <ComingSoonButton label={t('actions.edit')} />
            <ComingSoonButton label={t('actions.duplicate')} />
          </>
        )}
        <DeleteAdGroupButton adAccountId={adAccountId} adGroup={adGroup} campaign={campaign} size="sm" onDeleted={toList} />
        <CancelContractButton
          adAccountId={adAccountId}
          adGroup={adGroup}
          campaign={campaign}
          sendingStatus={adGroup.messageSendingInfo?.status}
          size="sm"
        />
      </Group>
    </Group>
  );
}
