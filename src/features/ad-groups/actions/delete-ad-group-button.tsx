import { Button, Stack, Text, type ButtonProps } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canDelete } from '../../../api/rules/capabilities';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { describeError } from '../../../components/describe-error';
import { notify } from '../../../components/notify';
import { useDeleteAdGroup } from '../api/use-delete-ad-group';
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
export function DeleteAdGroupButton({ adAccountId, adGroup, campaign, onDeleted, size = 'xs' }: DeleteAdGroupButtonProps) {
  const { t } = useTranslation(AD_GROUP_ACTIONS_NAMESPACE);
  const mutation = useDeleteAdGroup(adAccountId);
  const [opened, setOpened] = useState(false);
  if (!canDelete({ ...campaign, config: adGroup.config }) && !opened) return null;

  const error = mutation.error ? describeError(mutation.error, t) : null;
  const close = () => {
    setOpened(false);
    mutation.reset();
  };
  const confirm = () =>
    mutation.mutate(adGroup.id, {
      onSuccess: () => {
        setOpened(false);
        notify({ color: 'green', message: t('delete.done', { name: adGroup.name }) });
        onDeleted?.();
      },
    });

  return (
    <>
      <Button
        size={size}
        // Plain text colour: it stays readable (axe contrast) even under a dialog's overlay.
        variant="default"
        onClick={() => setOpened(true)}
        aria-label={t('delete.label', { name: adGroup.name })}
      >
        {t('delete.button')}
      </Button>
      <ConfirmDialog
        opened={opened}
        title={t('delete.title')}
        message={
          <Stack gap="xs" component="span">
            <Text span>{t('delete.intro', { name: adGroup.name })}</Text>
            <DeleteConsequences />
          </Stack>
        }
        confirmLabel={t('delete.confirm')}
        onCancel={close}
        onConfirm={confirm}
        busy={mutation.isPending}
        error={error && <span lang={error.lang}>{error.message}</span>}
      />
    </>
  );
}
