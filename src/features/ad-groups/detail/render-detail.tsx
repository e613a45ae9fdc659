import type { QueryClient } from '@tanstack/react-query';
import { createMemoryHistory, RouterProvider } from '@tanstack/react-router';
import { createAppRouter } from '../../../app/router';
import { createTestQueryClient, renderWithProviders } from '../../../testing/render';
// Loaded up front, so the route's lazy import resolves at once instead of timing a test out.
import './ad-group-detail-page';

/** The seed's main ad account (mocks/data/seed-accounts.ts). */
export const MAIN_ACCOUNT = 27429;

/**
 * For the detail tests: the whole app at the detail route, so the route, its lazy page
 * and the shell's pickers run as in the browser.
 */
export function renderDetailAt(
  campaignId: number,
  adGroupId: number | string,
  { adAccountId = MAIN_ACCOUNT, queryClient = createTestQueryClient() }: { adAccountId?: number; queryClient?: QueryClient } = {},
) {
  const path = `/accounts/${adAccountId}/campaigns/${campaignId}/ad-groups/${adGroupId}`;
  const router = createAppRouter(queryClient, createMemoryHistory({ initialEntries: [path] }));
  return { ...renderWithProviders(<RouterProvider router={router} />, { queryClient }), router };
}

/** The whole app renders under jsdom on a busy machine: wait longer than the default second. */
export const PAGE_LOAD = { timeout: 8_000 };
/** Per-test timeout for these whole-app tests (`describe(name, SLOW, …)`). */
export const SLOW = { timeout: 30_000 };
