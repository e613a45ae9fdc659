import type { MantineColor } from '@mantine/core';
import { lazy, Suspense, useState, type ReactNode } from 'react';

export interface ConfirmDialogProps {
  opened: boolean;
  title: string;
  message: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** While the action runs: the confirm button spins and the dialog stays open. */
  busy?: boolean;
  confirmColor?: MantineColor;
  /** A failure of the action, shown in the dialog so the user can try again or cancel. */
  error?: ReactNode;
}

const ConfirmDialogModal = lazy(() => import('./confirm-dialog-modal').then((m) => ({ default: m.ConfirmDialogModal })));

/**
 * Asks before a destructive action. Nothing is mounted, and the Modal's code (with its
 * focus trap and scroll lock) is not loaded, until the dialog first opens: a list
 * renders one per row (issue 9). Once opened it stays mounted, so closing animates
 * and gives focus back to the button that opened it.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const [used, setUsed] = useState(props.opened);
  if (props.opened && !used) setUsed(true);
  if (!used) return null;
  return (
    <Suspense fallback={null}>
      <ConfirmDialogModal {...props} />
    </Suspense>
  );
}
