import { Button, type ButtonProps } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { describeError } from '../../../components/describe-error';
import { notify } from '../../../components/notify';
import { AD_GROUP_ACTIONS_NAMESPACE } from './messages';

export interface ConfirmedActionButtonProps {
  /** Whether the rules allow the action; an open dialog stays open to show its outcome. */
  offered: boolean;
  mutation: UseMutationResult<unknown, Error, number>;
  adGroup: { id: number; name: string };
  /** Message keys under this prefix: button, label, title, confirm, done. */
  keyPrefix: 'delete' | 'cancelContract';
  message: ReactNode;
  onDone?: () => void;
  size?: ButtonProps['size'];
}

/**
 * An irreversible action on one ad group: a button, a dialog that says what will
 * happen, then the request. A refusal stays in the dialog with Kakao's detailMsg.
 */
export function ConfirmedActionButton(props: ConfirmedActionButtonProps) {
  const { offered, mutation, adGroup, keyPrefix, message, onDone, size = 'xs' } = props;
  const { t } = useTranslation(AD_GROUP_ACTIONS_NAMESPACE);
  const [opened, setOpened] = useState(false);
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
        notify({ color: 'green', message: t(`${keyPrefix}.done`, { name: adGroup.name }) });
        onDone?.();
      },
    });

  return (
    <>
      <Button
        size={size}
        // Plain text colour: it stays readable (axe contrast) even under a dialog's overlay.
        variant="default"
        onClick={() => setOpened(true)}
        aria-label={t(`${keyPrefix}.label`, { name: adGroup.name })}
      >
        {t(`${keyPrefix}.button`)}
      </Button>
      <ConfirmDialog
        opened={opened}
        title={t(`${keyPrefix}.title`)}
        message={message}
        confirmLabel={t(`${keyPrefix}.confirm`)}
        onCancel={close}
        onConfirm={confirm}
        busy={mutation.isPending}
        error={error && <span lang={error.lang}>{error.message}</span>}
      />
    </>
  );
}
