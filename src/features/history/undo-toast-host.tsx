import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import i18next from 'i18next';
import { useEffect } from 'react';
import { onRecordedChange } from '../../api/client';
import type { AdGroupDetail } from '../../api/contracts/ad-group';
import { notify } from '../../components/notify';
import { adGroupKeys } from '../ad-groups/api/keys';
import { findChange, invalidateHistory } from './api/changes';
import { HISTORY_NAMESPACE } from './messages';
import { toastTarget, type ToastTarget } from './toast-target';
import { useUndo } from './use-undo';

/** How long "Undo" is offered after a change (issue 11). */
export const UNDO_TOAST_MS = 10_000;
const th = (key: string, options?: Record<string, unknown>) => i18next.t(key, { ns: HISTORY_NAMESPACE, ...options });

/**
 * Listens for changes the server recorded and offers "Undo" for 10 s after a single one.
 * Rendered once in the app shell; the conflict dialog of an undo from the toast shows here.
 */
export function UndoToastHost() {
  const queryClient = useQueryClient();
  const { undo, dialog } = useUndo();

  useEffect(() => {
    const undoFromToast = async (target: ToastTarget, toastId: string) => {
      notifications.hide(toastId);
      const record = await findChange(target.adAccountId, target.adGroupId, target.changeId).catch(() => null);
      if (record) await undo(record);
      else notify({ color: 'red', message: th('undo.notFound'), autoClose: false });
    };
    return onRecordedChange((change) => {
      void invalidateHistory(queryClient);
      const target = toastTarget(change);
      if (!target) return;
      const name = queryClient.getQueryData<AdGroupDetail>(adGroupKeys.detail(target.adAccountId, target.adGroupId))?.name ?? String(target.adGroupId);
      const toastId = `undo-${target.changeId}`;
      notify({
        id: toastId,
        autoClose: UNDO_TOAST_MS,
        title: th('undo.toastTitle'),
        message: (
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Text size="sm">{th('undo.toastMessage', { action: th(`action.${target.action}`), name })}</Text>
            <Button size="xs" variant="light" onClick={() => void undoFromToast(target, toastId)}>
              {th('undo.button')}
            </Button>
          </Group>
        ),
      });
    });
  }, [queryClient, undo]);

  return dialog;
}
