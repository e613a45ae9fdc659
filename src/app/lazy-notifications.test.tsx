import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../testing/render';
import { notify } from '../components/notify';

// Counts imports of the notification stack's chunk: it must wait for the first notification.
const hostModule = vi.hoisted(() => ({ loads: 0 }));
vi.mock('./notifications-host', async (importOriginal) => {
  hostModule.loads += 1;
  return importOriginal();
});

describe('LazyNotifications (mounted by AppProviders)', () => {
  it('loads the stack with the first notification and shows it', async () => {
    renderWithProviders(<p>page</p>);
    expect(hostModule.loads).toBe(0);
    notify({ message: 'Saved.' });
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect(hostModule.loads).toBe(1);
    expect(screen.getByRole('button', { name: 'Close' })).toBeInTheDocument();
  });
});
