import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { AdAccountPage, type AdAccount } from '../../../api/contracts/ad-account';
import type { Config } from '../../../api/contracts/enums';
import { adAccountKeys } from './keys';

const PAGE_SIZE = 100;
// A safety stop: an agency with more than 2,000 accounts gets the first 2,000.
const MAX_PAGES = 20;
const VISIBLE_CONFIGS: readonly Config[] = ['ON', 'OFF'];

/** GET /adAccounts/pages, every page. The endpoint takes no adAccountId header. */
export async function listAdAccounts(config: readonly Config[], signal?: AbortSignal): Promise<AdAccount[]> {
  const accounts: AdAccount[] = [];
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const result = await apiRequest('/adAccounts/pages', {
      query: { config, page, size: PAGE_SIZE },
      schema: AdAccountPage,
      signal,
    });
    accounts.push(...result.content);
    const totalPages = result.totalPages ?? 1;
    if (page + 1 >= totalPages || result.content.length === 0) break;
  }
  return accounts;
}

export function adAccountListQueryOptions(config: readonly Config[] = VISIBLE_CONFIGS) {
  return queryOptions({
    queryKey: adAccountKeys.list({ config }),
    queryFn: ({ signal }) => listAdAccounts(config, signal),
    // Accounts rarely change while the console is open.
    staleTime: 5 * 60_000,
  });
}

export function useAdAccounts() {
  return useQuery(adAccountListQueryOptions());
}
