import { screen, waitFor } from '@testing-library/react';
import { createMemoryHistory, RouterProvider } from '@tanstack/react-router';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestQueryClient, renderWithProviders } from '../testing/render';
import { createAppRouter, parseId } from './router';

let accounts = [{ id: 10, name: 'Acme', config: 'ON' }];
const server = setupServer(
  http.get('*/api/adAccounts/pages', () => HttpResponse.json({ content: accounts, totalPages: 1, page: 0 })),
  http.get('*/api/campaigns', () => HttpResponse.json({ content: [{ id: 20, name: 'Spring sale', config: 'ON' }] })),
  http.get('*/api/campaigns/20', () =>
    HttpResponse.json({ id: 20, name: 'Spring sale', campaignTypeGoal: { campaignType: 'VIDEO', goal: 'VIEW' } }),
  ),
  http.get('*/api/adGroups', () => HttpResponse.json({ content: [] })),
  http.get('*/auth/session', () => HttpResponse.json({ mode: 'sandbox', signedIn: true, user: {}, scopes: [], expired: false })),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function renderAt(path: string) {
  const queryClient = createTestQueryClient();
  const router = createAppRouter(queryClient, createMemoryHistory({ initialEntries: [path] }));
  renderWithProviders(<RouterProvider router={router} />, { queryClient });
  return router;
}

describe('routes', () => {
  it('shows a not-found page for an unknown path or a non-numeric id', async () => {
    renderAt('/nowhere');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
  });

  it('treats a non-numeric account id as not found', async () => {
    renderAt('/accounts/abc');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it('goes straight to the only ad account, which asks for a campaign', async () => {
    const router = renderAt('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Choose a campaign' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/accounts/10');
    expect(await screen.findByRole('link', { name: 'Spring sale' })).toBeInTheDocument();
  });

  it('lists the accounts when there are several', async () => {
    accounts = [...accounts, { id: 11, name: 'Beta', config: 'OFF' }];
    renderAt('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Choose an ad account' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Beta' })).toBeInTheDocument();
    accounts = accounts.slice(0, 1);
  });

  it("sends a campaign's URL to its ad group list, with the selection in the header", async () => {
    const router = renderAt('/accounts/10/campaigns/20');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ad groups of Spring sale' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/accounts/10/campaigns/20/ad-groups');
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Campaign' })).toHaveDisplayValue('Spring sale (Video · Views)'));
    expect(screen.getByRole('combobox', { name: 'Ad account' })).toHaveDisplayValue('Acme');
  });
});

describe('parseId', () => {
  it('accepts positive integers only', () => {
    expect(parseId('123')).toBe(123);
    expect(parseId('0')).toBeNaN();
    expect(parseId('1e3')).toBeNaN();
    expect(parseId('-1')).toBeNaN();
    expect(parseId('9007199254740991')).toBe(9007199254740991);
    expect(parseId('9999999999999999')).toBeNaN(); // would round to 10000000000000000
  });
});
