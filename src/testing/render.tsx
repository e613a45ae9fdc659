import { QueryClient } from '@tanstack/react-query';
import { render, type RenderOptions, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { ReactElement, ReactNode } from 'react';
import { AppProviders } from '../app/providers';
import { en } from '../i18n/en';
import { initI18n, type Language } from '../i18n/i18n';
import { ko } from '../i18n/ko';

// Initialised when this module loads, i.e. before any feature module registers its
// messages (import this helper first in a test file).
const i18n = initI18n('en', { ko, en });

/** No retries (a failure shows at once) and no garbage collection during a test. */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity, staleTime: 0 }, mutations: { retry: false } },
  });
}

export interface RenderWithProvidersOptions extends Omit<RenderOptions, 'wrapper'> {
  language?: Language;
  queryClient?: QueryClient;
}

export interface RenderWithProvidersResult extends RenderResult {
  queryClient: QueryClient;
  user: UserEvent;
}

/** Renders inside the app's providers (Mantine in test mode, React Query, i18n). */
export function renderWithProviders(
  ui: ReactElement,
  { language = 'en', queryClient = createTestQueryClient(), ...options }: RenderWithProvidersOptions = {},
): RenderWithProvidersResult {
  if (i18n.language !== language) void i18n.changeLanguage(language);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <AppProviders queryClient={queryClient} i18n={i18n} env="test">
      {children}
    </AppProviders>
  );
  return { ...render(ui, { wrapper, ...options }), queryClient, user: userEvent.setup() };
}
