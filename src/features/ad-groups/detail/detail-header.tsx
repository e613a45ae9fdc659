import { Button, Group, Stack, Text, Title, type ButtonProps } from '@mantine/core';
import { createLink, useNavigate } from '@tanstack/react-router';
import { forwardRef, type AnchorHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdGroupDetail } from '../../../api/contracts/ad-group';
import { canCreateAdGroupUnder } from '../../../api/rules/campaign-kind';
import { canEdit } from '../../../api/rules/capabilities';
import { ConfigBadge, SystemConfigBadge } from '../../../components/status-badge';
import { CancelContractButton } from '../actions/cancel-contract-button';
import { DeleteAdGroupButton } from '../actions/delete-ad-group-button';
import { campaignFactsOf, sendingStatusOf } from '../actions/facts';
import { StatusSwitch } from '../actions/status-switch';
import classes from './detail.module.css';
import { AD_GROUP_DETAIL_NAMESPACE } from './messages';
import { useCampaignTypeGoal } from './overview-section';

type ButtonAnchorProps = ButtonProps & AnchorHTMLAttributes<HTMLAnchorElement>;
const ButtonAnchor = forwardRef<HTMLAnchorElement, ButtonAnchorProps>((props, ref) => (
  <Button component="a" ref={ref} {...props} />
));
ButtonAnchor.displayName = 'ButtonAnchor';
/** A typed router link that looks like a button: edit and duplicate navigate, they don't act. */
const ButtonLink = createLink(ButtonAnchor);

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
  const sendingStatus = sendingStatusOf(adGroup);
  const editable = canEdit({ ...campaign, config: String(adGroup.config), sendingStatus });
  // A copy is a new group: only under a type × goal the Open API can create.
  const duplicable = canCreateAdGroupUnder(campaign.campaignType, campaign.goal);
  const ids = { adAccountId, campaignId: adGroup.campaign.id };
  const toList = () =>
    void navigate({
      to: '/accounts/$adAccountId/campaigns/$campaignId/ad-groups',
      params: ids,
    });

  return (
    <Group justify="space-between" align="flex-start" gap="md">
      <Stack gap={6} className={classes.headerTitle}>
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
        <StatusSwitch adAccountId={adAccountId} adGroup={adGroup} campaign={campaign} sendingStatus={sendingStatus} size="md" />
        {editable && (
          <ButtonLink
            to="/accounts/$adAccountId/campaigns/$campaignId/ad-groups/$adGroupId/edit"
            params={{ ...ids, adGroupId: adGroup.id }}
            variant="default"
            size="sm"
          >
            {t('actions.edit')}
          </ButtonLink>
        )}
        {duplicable && (
          <ButtonLink
            to="/accounts/$adAccountId/campaigns/$campaignId/ad-groups/new"
            params={ids}
            search={{ from: adGroup.id }}
            variant="default"
            size="sm"
          >
            {t('actions.duplicate')}
          </ButtonLink>
        )}
        <DeleteAdGroupButton adAccountId={adAccountId} adGroup={adGroup} campaign={campaign} size="sm" onDeleted={toList} />
        <CancelContractButton
          adAccountId={adAccountId}
          adGroup={adGroup}
          campaign={campaign}
          sendingStatus={sendingStatus}
          size="sm"
        />
      </Group>
    </Group>
  );
}
