import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConfirmDialogProps } from './confirm-dialog';

/** The Modal itself, in its own chunk (ConfirmDialog loads it on first open). Focus starts on Cancel. */
export function ConfirmDialogModal({
  opened,
  title,
  message,
  confirmLabel,
  onConfirm,
  onCancel,
  busy = false,
  confirmColor = 'red',
  error,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={busy ? () => {} : onCancel}
      title={title}
      closeButtonProps={{ 'aria-label': t('actions.close') }}
      centered
    >
      <Stack>
        <Text>{message}</Text>
        {error && (
          <Text c="red.9" role="alert">
            {error}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={busy} data-autofocus>
            {t('actions.cancel')}
          </Button>
          <Button color={confirmColor} onClick={onConfirm} loading={busy}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
