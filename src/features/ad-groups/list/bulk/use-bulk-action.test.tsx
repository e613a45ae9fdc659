// @vitest-environment-options {"url": "http://localhost/"}
import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestQueryClient } from '../../../../testing/render';
import { installMockWorld } from '../../../../testing/mock-world';
import { AD_GROUP_IDS } from '../../../../../mocks/data/seed-ad-groups';
import { ACCOUNT_IDS } from '../../../../../mocks/data/seed-accounts';
import { requestPacer } from '../../api/request-pacer';
import type { BulkItem } from './plan-bulk';
import { useBulkAction } from './use-bulk-action';

const world = installMockWorld();
afterEach(() => {
  requestPacer.reset();
  world.server.events.removeAllListeners();
});

describe('useBulkAction', { timeout: 20_000 }, () => {
  it('sends one X-Console-Batch-Id with every item, so the history can undo the action as one unit', async () => {
    const batchIds: Array<string | null> = [];
    world.server.events.on('request:start', ({ request }) => {
      if (request.method === 'PUT') batchIds.push(request.headers.get('X-Console-Batch-Id'));
    });
    const queryClient = createTestQueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
    const { result } = renderHook(() => useBulkAction(ACCOUNT_IDS.main), { wrapper });
    const items: BulkItem[] = [AD_GROUP_IDS.displayLive, AD_GROUP_IDS.videoLive].map((id) => ({
      target: { id, name: String(id), config: 'ON' },
      status: 'pending',
    }));
    act(() => result.current.start('off', items));
    await waitFor(() => expect(result.current.run?.running).toBe(false), { timeout: 15_000 });
    expect(result.current.run?.items.map((item) => item.status)).toEqual(['done', 'done']);
    expect(batchIds).toHaveLength(2);
    expect(batchIds[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(batchIds[1]).toBe(batchIds[0]);
    expect(result.current.run?.batchId).toBe(batchIds[0]);
  });
});
