import { Button, type ButtonProps } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canCancelContract } from '../../../api/rules/capabilities';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { describeError } from '../../../components/describe-error';
import { notify } from '../../../components/notify';
import { useCancelContract } from '../api/use-cancel-contract';
import type { CampaignFacts } from './facts';
import { AD_GROUP_ACTIONS_NAMESPACE } from './messages';

export interface CancelContractButtonProps {
  adAccountId: number;
  adGroup: { id: number; name: string; config: string };
  campaign: CampaignFacts;
  /** `messageSendingInfo.status`: a contract already cancelled is not offered again. */
  sendingStatus?: string | null;
  onCancelled?: () => void;
  size?: ButtonProps['size'];
}

/** "Cancel contract" of a Message group (Talk Channel × Reach), after saying what it does. */
export function CancelContractButton({
  adAccountId,
  adGroup,
  campaign,
  sendingStatus,
  onCancelled,
  size = 'xs',
}: CancelContractButtonProps) {
  const { t } = useTranslation(AD_GROUP_ACTIONS_NAMESPACE);
  const mutation = useCancelContract(adAccountId);
  const [opened, setOpened] = useState(false);
  const offered = canCancelContract({ ...campaign, config: adGroup.config }) && sendingStatus !== 'CANCELED';
  if (!offered && !opened) return null;

  const error = mutation.error ? describeError(mutation.error, t) : null;
  const close = () => {
    setOpened(false);
    mutation.reset();
  };
  const confirm = () =>
    mutation.mutate(adGroup.id, {
      onSuccess: () => {
        setOpened(false);
        notify({ color: 'green', message: t('cancelContract.done', { name: adGroup.name }) });
        onCancelled?.();
      },
    });

  return (
    <>
      <Button
        size={size}
        // Plain text colour: it stays readable (axe contrast) even under a dialog's overlay.
        variant="default"
        onClick={() => setOpened(true)}
        aria-label={t('cancelContract.label', { name: adGroup.name })}
      >
        {t('cancelContract.button')}
      </Button>
      <ConfirmDialog
        opened={opened}
        title={t('cancelContract.title')}
        message={t('cancelContract.message', { name: adGroup.name })}
        confirmLabel={t('cancelContract.confirm')}
        onCancel={close}
        onConfirm={confirm}
        busy={mutation.isPending}
        error={error && <span lang={error.lang}>{error.message}</span>}
      />
    </>
  );
}
