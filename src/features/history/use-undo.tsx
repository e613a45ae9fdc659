import { useQueryClient } from '@tanstack/react-query';
import i18next from 'i18next';
import { useCallback, useState, type ReactNode } from 'react';
import type { ChangeRecord } from '../../api/contracts/changes';
import { describeError } from '../../components/describe-error';
import { notify } from '../../components/notify';
import { violationMessage } from '../../i18n/rules';
import { invalidateHistory } from './api/changes';
import { planUndoNow, sendUndo } from './api/run-undo';
import { ConflictDialog } from './conflict-dialog';
import { HISTORY_NAMESPACE } from './messages';
import type { UndoConflict, UndoRequest } from './undo-plan';

const th = (key: string, options?: Record<string, unknown>) => i18next.t(key, { ns: HISTORY_NAMESPACE, ...options });

/** A refusal stays until dismissed: the person has to read why (brief: detailMsg kept). */
function notifyFailure(title: string, message: string) {
  notify({ color: 'red', title, message, autoClose: false });
}

interface PendingConflict {
  record: ChangeRecord;
  request: UndoRequest;
  conflicts: UndoConflict[];
}

/**
 * Undo one recorded change: plan it against the group as it is now, then send it, ask
 * first when the value changed again since, or say why it cannot be done.
 */
export function useUndo(): { undo: (record: ChangeRecord) => Promise<void>; busyId: string | null; dialog: ReactNode } {
  const queryClient = useQueryClient();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [conflict, setConflict] = useState<PendingConflict | null>(null);

  const send = useCallback(async (record: ChangeRecord, request: UndoRequest) => {
    try {
      await sendUndo(queryClient, record, request);
      notify({ color: 'green', message: th('undo.done') });
    } catch (error) {
      notifyFailure(th('undo.failed'), describeError(error, i18next.t).message);
    } finally {
      await invalidateHistory(queryClient);
    }
  }, [queryClient]);

  // Stable, so the toast host can subscribe once.
  const undo = useCallback(async (record: ChangeRecord) => {
    setBusyId(record.id);
    try {
      const plan = await planUndoNow(queryClient, record);
      if (plan.status === 'ready') await send(record, plan.request);
      else if (plan.status === 'conflict') setConflict({ record, request: plan.request, conflicts: plan.conflicts });
      else if (plan.status === 'alreadyUndone') notify({ color: 'blue', message: th('undo.alreadyUndone') });
      else if (plan.status === 'refused') notifyFailure(th('undo.refused'), plan.violations.map((v) => i18next.t(...violationMessage(v))).join(' '));
      else notifyFailure(th('undo.refused'), th(`undo.${plan.reason}`));
    } catch (error) {
      notifyFailure(th('undo.failed'), describeError(error, i18next.t).message);
    } finally {
      setBusyId(null);
    }
  }, [queryClient, send]);

  const dialog = conflict && (
    <ConflictDialog
      name={conflict.record.adGroupName ?? String(conflict.record.adGroupId)}
      conflicts={conflict.conflicts}
      busy={busyId === conflict.record.id}
      onKeep={() => setConflict(null)}
      onPutBack={() => {
        setBusyId(conflict.record.id);
        void send(conflict.record, conflict.request).finally(() => {
          setBusyId(null);
          setConflict(null);
        });
      }}
    />
  );
  return { undo, busyId, dialog };
}
