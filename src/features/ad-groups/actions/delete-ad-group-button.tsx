import { Stack, Text, type ButtonProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { canDelete } from '../../../api/rules/capabilities';
import { useDeleteAdGroup } from '../api/use-delete-ad-group';
import { ConfirmedActionButton } from './confirmed-action-button';
import type { CampaignFacts } from './facts';
import { AD_GROUP_ACTIONS_NAMESPACE } from './messages';

export interface DeleteAdGroupButtonProps {
  adAccountId: number;
  adGroup: { id: number; name: string; config: string };
  campaign: CampaignFacts;
  onDeleted?: () => void;
  size?: ButtonProps['size'];
}

const CONSEQUENCES = ['notRemoved', 'noFunctions', 'adsStop', 'creativesDeleted', 'statsKept', 'creativesDeletable'] as const;

/**
 * The reference's "Caution when deleting", item by item. Spans with list roles: the
 * dialog puts its message in a paragraph, where a <ul> may not go.
 */
export function DeleteConsequences() {
  const { t } = useTranslation(AD_GROUP_ACTIONS_NAMESPACE);
  return (
    <Stack component="span" gap={4} role="list">
      {CONSEQUENCES.map((key) => (
        <Text span size="sm" role="listitem" key={key} display="block">
          • {t(`delete.${key}`)}
        </Text>
      ))}
    </Stack>
  );
}

/**
 * Delete, after a confirmation that states the consequences. Not offered where it is
 * impossible (spec-notes #14: Bizboard × Reach, Daum Shopping, Kakao TV, Talk Channel ×
 * Reach; or already deleted). A refusal stays in the dialog with Kakao's detailMsg.
 */
export function DeleteAdGroupButton({ adAccountId, adGroup, campaign, onDeleted, size }: DeleteAdGroupButtonProps) {
  const { t } = useTranslation(AD_GROUP_ACTIONS_NAMESPACE);
  const mutation = useDeleteAdGroup(adAccountId);
  return (
    <ConfirmedActionButton
      offered={canDelete({ ...campaign, config: adGroup.config })}
      mutation={mutation}
      adGroup={adGroup}
      keyPrefix="delete"
      message={
        <Stack gap="xs" component="span">
          <Text span>{t('delete.intro', { name: adGroup.name })}</Text>
          <DeleteConsequences />
        </Stack>
      }
      onDone={onDeleted}
      size={size}
    />
  );
}
