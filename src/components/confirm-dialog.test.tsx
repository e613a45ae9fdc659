import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../testing/render';
import { ConfirmDialog } from './confirm-dialog';

// Counts how often the Modal's chunk is imported: it must wait for the first open.
const modalModule = vi.hoisted(() => ({ loads: 0 }));
vi.mock('./confirm-dialog-modal', async (importOriginal) => {
  modalModule.loads += 1;
  return importOriginal();
});

function DeleteButton({ onConfirm }: { onConfirm: () => void }) {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button onClick={open}>Delete</Button>
      <ConfirmDialog
        opened={opened}
        title="Delete the ad group?"
        message="It cannot be undone."
        confirmLabel="Delete it"
        onConfirm={() => {
          onConfirm();
          close();
        }}
        onCancel={close}
      />
    </>
  );
}

describe('ConfirmDialog', () => {
  it('loads and mounts nothing until first opened, then asks with focus on Cancel', async () => {
    const onConfirm = vi.fn();
    const { user } = renderWithProviders(<DeleteButton onConfirm={onConfirm} />);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(modalModule.loads).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete the ad group?' });
    expect(modalModule.loads).toBe(1);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(onConfirm).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await user.click(await screen.findByRole('button', { name: 'Delete it' }));
    expect(onConfirm).toHaveBeenCalledOnce();
  });
});
