import { createMemoryHistory, RouterProvider } from '@tanstack/react-router';
import { ACCOUNT_IDS } from '../../../../mocks/data/seed-accounts';
import { createAppRouter } from '../../../app/router';
import { createTestQueryClient, renderWithProviders } from '../../../testing/render';

export const ACCOUNT = ACCOUNT_IDS.main;
/** The first render of the lazy page compiles its chunk: give it time, on a busy machine too. */
export const PAGE_LOAD = { timeout: 20_000 };
export const listPath = (campaignId: number) => `/accounts/${ACCOUNT}/campaigns/${campaignId}/ad-groups`;

/** The whole app at a URL: the list is a page, its links need the router. */
export function renderAt(path: string, options: { language?: 'ko' | 'en' } = {}) {
  const queryClient = createTestQueryClient();
  const router = createAppRouter(queryClient, createMemoryHistory({ initialEntries: [path] }));
  return { router, ...renderWithProviders(<RouterProvider router={router} />, { queryClient, ...options }) };
}
