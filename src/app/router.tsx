import type { QueryClient } from '@tanstack/react-query';
import {
  type RouterHistory,
  createBrowserHistory,
  createHashHistory,
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  notFound,
  redirect,
} from '@tanstack/react-router';
import { adGroupDetailQuery } from '../features/ad-groups/api/get-ad-group';
import { adGroupListQueryOptions } from '../features/ad-groups/api/list-ad-groups';
import { parseListView, validateAdGroupListSearch } from '../features/ad-groups/list/search-params';
import { campaignDetailQueryOptions } from '../features/context/api/get-campaign';
import { adAccountListQueryOptions } from '../features/context/api/list-ad-accounts';
import { campaignListQueryOptions } from '../features/context/api/list-campaigns';
import { validateHistorySearch } from '../features/history/history-search';
import { AppShellLayout } from './app-shell';
import { NotFoundPage } from './not-found-page';
import { PagePending } from './page-pending';
import { RootErrorPage, RouteErrorPage } from './route-error-page';

export interface RouterContext {
  queryClient: QueryClient;
}

/** Ids in the URL are Kakao's numeric ids; anything else is an unknown page. */
export function parseId(raw: string): number {
  // Past 2^53 a number rounds to a different id: refuse it rather than open the wrong group.
  const id = /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : Number.NaN;
  return Number.isSafeInteger(id) ? id : Number.NaN;
}
function assertId(id: number): void {
  if (Number.isNaN(id)) throw notFound();
}

/** A page after the first screen: its chunk comes with all of Mantine's CSS (all-styles.ts). */
function withAllStyles<T>(page: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([page(), import('./all-styles')]).then(([module]) => module);
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: AppShellLayout,
  notFoundComponent: NotFoundPage,
  errorComponent: RootErrorPage,
});

// Loaders only start the requests (prefetch never throws): each page shows its own
// loading, empty and error states, and the data arrives while the page's chunk loads.
const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  loader: ({ context }) => void context.queryClient.prefetchQuery(adAccountListQueryOptions()),
  component: lazyRouteComponent(() => import('../features/context/account-chooser-page'), 'AccountChooserPage'),
});

const accountRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'accounts/$adAccountId',
  params: {
    parse: (p) => ({ adAccountId: parseId(p.adAccountId) }),
    stringify: (p) => ({ adAccountId: String(p.adAccountId) }),
  },
  beforeLoad: ({ params }) => assertId(params.adAccountId),
});

const accountIndexRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: '/',
  loader: ({ context, params }) => void context.queryClient.prefetchQuery(campaignListQueryOptions(params.adAccountId)),
  component: lazyRouteComponent(() => import('../features/context/campaign-prompt-page'), 'CampaignPromptPage'),
});

const campaignRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'campaigns/$campaignId',
  params: {
    parse: (p) => ({ campaignId: parseId(p.campaignId) }),
    stringify: (p) => ({ campaignId: String(p.campaignId) }),
  },
  beforeLoad: ({ params }) => assertId(params.campaignId),
});

// A campaign's home is its ad group list (for now the only page under a campaign).
const campaignIndexRoute = createRoute({
  getParentRoute: () => campaignRoute,
  path: '/',
  beforeLoad: ({ params }) => {
    throw redirect({ to: '/accounts/$adAccountId/campaigns/$campaignId/ad-groups', params, replace: true });
  },
});

const adGroupListRoute = createRoute({
  getParentRoute: () => campaignRoute,
  path: 'ad-groups',
  // Filters, search and order live in the URL, typed and validated (bookmarkable views).
  validateSearch: validateAdGroupListSearch,
  loaderDeps: ({ search }) => ({ config: search.config }),
  loader: ({ context, params, deps }) => {
    const { adAccountId, campaignId } = params;
    void context.queryClient.prefetchQuery(campaignDetailQueryOptions(adAccountId, campaignId));
    void context.queryClient.prefetchQuery(
      adGroupListQueryOptions({ adAccountId, campaignId, config: parseListView(deps).configs }),
    );
  },
  component: lazyRouteComponent(() => import('../features/ad-groups/list/ad-group-list-page'), 'AdGroupListPage'),
});

// The ad group wizards: a small lazy page reads the campaign's kind and loads that
// kind's wizard. `from` opens a prefilled copy; `step` is the wizard's step (back/forward).
function validateWizardSearch(search: Record<string, unknown>): { from?: number; step?: string } {
  const from = typeof search.from === 'number' || typeof search.from === 'string' ? parseId(String(search.from)) : Number.NaN;
  return {
    ...(Number.isNaN(from) ? {} : { from }),
    ...(typeof search.step === 'string' ? { step: search.step } : {}),
  };
}

const adGroupNewRoute = createRoute({
  getParentRoute: () => campaignRoute,
  path: 'ad-groups/new',
  validateSearch: validateWizardSearch,
  loader: ({ context, params }) =>
    void context.queryClient.prefetchQuery(campaignDetailQueryOptions(params.adAccountId, params.campaignId)),
  component: lazyRouteComponent(
    withAllStyles(() => import('../features/ad-groups/wizard-route/new-ad-group-route-page')),
    'NewAdGroupRoutePage',
  ),
});

// One ad group. The detail query is the one the list fills, so coming from the list
// this prefetch is a cache hit and the page shows at once.
const adGroupDetailRoute = createRoute({
  getParentRoute: () => campaignRoute,
  path: 'ad-groups/$adGroupId',
  params: {
    parse: (p) => ({ adGroupId: parseId(p.adGroupId) }),
    stringify: (p) => ({ adGroupId: String(p.adGroupId) }),
  },
  beforeLoad: ({ params }) => assertId(params.adGroupId),
  loader: ({ context, params }) =>
    void context.queryClient.prefetchQuery(adGroupDetailQuery(params.adAccountId, params.adGroupId)),
  component: lazyRouteComponent(withAllStyles(() => import('../features/ad-groups/detail/ad-group-detail-page')), 'AdGroupDetailPage'),
});

const adGroupEditRoute = createRoute({
  getParentRoute: () => campaignRoute,
  path: 'ad-groups/$adGroupId/edit',
  params: {
    parse: (p) => ({ adGroupId: parseId(p.adGroupId) }),
    stringify: (p) => ({ adGroupId: String(p.adGroupId) }),
  },
  validateSearch: (search: Record<string, unknown>): { step?: string } =>
    typeof search.step === 'string' ? { step: search.step } : {},
  beforeLoad: ({ params }) => assertId(params.adGroupId),
  loader: ({ context, params }) => {
    void context.queryClient.prefetchQuery(campaignDetailQueryOptions(params.adAccountId, params.campaignId));
    void context.queryClient.prefetchQuery(adGroupDetailQuery(params.adAccountId, params.adGroupId));
  },
  component: lazyRouteComponent(
    withAllStyles(() => import('../features/ad-groups/wizard-route/edit-ad-group-route-page')),
    'EditAdGroupRoutePage',
  ),
});

// Change history (issue 11): filters in the URL, typed and validated like the list's.
const historyPage = lazyRouteComponent(() => import('../features/history/history-page'), 'HistoryPage');
const accountHistoryRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'history',
  validateSearch: validateHistorySearch,
  component: historyPage,
});
const campaignHistoryRoute = createRoute({
  getParentRoute: () => campaignRoute,
  path: 'history',
  validateSearch: validateHistorySearch,
  component: historyPage,
});

export const routeTree = rootRoute.addChildren([
  indexRoute,
  accountRoute.addChildren([
    accountIndexRoute,
    accountHistoryRoute,
    campaignRoute.addChildren([campaignIndexRoute, adGroupListRoute, adGroupNewRoute, adGroupDetailRoute, adGroupEditRoute, campaignHistoryRoute]),
  ]),
]);

function defaultHistory(): RouterHistory {
  // The demo build is served from any static host and sub-path, where only the part
  // after '#' is ours; the real server answers index.html for every page path.
  return import.meta.env.MODE === 'demo' ? createHashHistory() : createBrowserHistory();
}

/** `history` is for tests (a memory history); the app takes the default. */
export function createAppRouter(queryClient: QueryClient, history: RouterHistory = defaultHistory()) {
  return createRouter({
    routeTree,
    context: { queryClient },
    history,
    defaultPreload: 'intent',
    // React Query caches the data; the router shouldn't hold a second copy.
    defaultPreloadStaleTime: 0,
    defaultPendingComponent: PagePending,
    defaultNotFoundComponent: NotFoundPage,
    // Below the root, a failing page keeps the header, so the user can pick another one.
    defaultErrorComponent: RouteErrorPage,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
