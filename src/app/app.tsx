import { RouterProvider } from '@tanstack/react-router';
import type { i18n } from 'i18next';
import { useState } from 'react';
import { AppProviders } from './providers';
import { createQueryClient } from './query-client';
import { createAppRouter } from './router';

/** The whole console: one QueryClient and one router for the page's lifetime. */
export function App({ i18n }: { i18n: i18n }) {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(() => createAppRouter(queryClient));
  return (
    <AppProviders queryClient={queryClient} i18n={i18n}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
