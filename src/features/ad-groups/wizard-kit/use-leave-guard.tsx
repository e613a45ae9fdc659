import { useBlocker } from '@tanstack/react-router';
import { useCallback, useRef } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useWizardT } from './i18n';

export interface LeaveGuard {
  /** The "leave this page?" dialog; render it anywhere in the wizard. */
  dialog: React.ReactNode;
  /** Call right before navigating away on purpose (after a save). */
  allowNextNavigation: () => void;
}

/**
 * Asks before leaving with unsaved changes: router navigations through `useBlocker`, and
 * closing or reloading the tab through `beforeunload`. Moving between the wizard's own
 * steps only changes the search params of the same path, and is never blocked.
 */
export function useLeaveGuard(when: boolean): LeaveGuard {
  const t = useWizardT();
  const allowed = useRef(false);
  const blocker = useBlocker({
    shouldBlockFn: ({ current, next }) => when && !allowed.current && current.pathname !== next.pathname,
    enableBeforeUnload: () => when && !allowed.current,
    withResolver: true,
  });
  const allowNextNavigation = useCallback(() => {
    allowed.current = true;
  }, []);
  const dialog = (
    <ConfirmDialog
      opened={blocker.status === 'blocked'}
      title={t('leave.title')}
      message={t('leave.body')}
      confirmLabel={t('leave.confirm')}
      onConfirm={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    />
  );
  return { dialog, allowNextNavigation };
}
