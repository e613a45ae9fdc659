import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../components/confirm-dialog';
import { describeError } from '../components/describe-error';
import { notify } from '../components/notify';
import { useResetDemoData } from './reset-demo';

/** Demo and mock-dev only (rendered under `__MOCK_API__`): back to the seed data. */
export function ResetDemoButton() {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const reset = useResetDemoData();

  const cancel = () => {
    reset.reset();
    close();
  };
  const confirm = () =>
    reset.mutate(undefined, {
      onSuccess: () => {
        close();
        notify({ color: 'green', message: t('demo.resetDone') });
      },
    });

  return (
    <>
      <Button variant="default" size="sm" onClick={open}>
        {t('demo.reset')}
      </Button>
      <ConfirmDialog
        opened={opened}
        title={t('demo.resetTitle')}
        message={t('demo.resetMessage')}
        confirmLabel={t('demo.resetConfirm')}
        onConfirm={confirm}
        onCancel={cancel}
        busy={reset.isPending}
        error={reset.isError ? `${t('demo.resetFailed')} ${describeError(reset.error, t).message}` : undefined}
      />
    </>
  );
}
