import { Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OnOff } from '../../../api/contracts/enums';
import { canSwitchOnOff, lockReason } from '../../../api/rules/capabilities';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useSwitchAdGroup } from '../api/use-switch-ad-group';
import type { CampaignFacts } from './facts';
import { AD_GROUP_ACTIONS_NAMESPACE } from './messages';

export interface StatusSwitchProps {
  adAccountId: number;
  adGroup: { id: number; name: string; config: string };
  campaign: CampaignFacts;
  /** `sendingStatusOf(detail)` (facts.ts): a Message group's switch waits for it. */
  sendingStatus?: string | null;
  size?: 'sm' | 'md';
}

/**
 * The ON/OFF switch, offered only where Kakao allows it ("Change ad group status":
 * ON or OFF groups of Display, Video, Bizboard except Reach, or Talk Channel). Turning
 * a Talk Channel group off stops and cancels its messages, so that asks first. Where a
 * cancelled contract rules it out, a short note says so in its place.
 */
export function StatusSwitch({ adAccountId, adGroup, campaign, sendingStatus, size = 'sm' }: StatusSwitchProps) {
  const { t } = useTranslation(AD_GROUP_ACTIONS_NAMESPACE);
  const mutation = useSwitchAdGroup(adAccountId);
  const [confirming, setConfirming] = useState(false);
  const facts = { ...campaign, config: adGroup.config, sendingStatus };
  if (lockReason(facts) === 'contractCancelled') {
    return (
      <Text size="xs" c="gray.7" maw={220}>
        {t('locked.contractCancelled')}
      </Text>
    );
  }
  if (!canSwitchOnOff(facts)) return null;

  const send = (config: OnOff) => mutation.mutate({ id: adGroup.id, config });
  const onChange = (checked: boolean) => {
    // One change at a time: the next waits for Kakao's answer to this one.
    if (mutation.isPending) return;
    if (!checked && campaign.campaignType === 'TALK_CHANNEL') setConfirming(true);
    else send(checked ? 'ON' : 'OFF');
  };

  return (
    <>
      <Switch
        checked={adGroup.config === 'ON'}
        onChange={(event) => onChange(event.currentTarget.checked)}
        aria-label={t('switch.label', { name: adGroup.name })}
        aria-busy={mutation.isPending}
        size={size}
      />
      <ConfirmDialog
        opened={confirming}
        title={t('switch.talkOffTitle')}
        message={t('switch.talkOffMessage', { name: adGroup.name })}
        confirmLabel={t('switch.talkOffConfirm')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          send('OFF');
        }}
      />
    </>
  );
}
