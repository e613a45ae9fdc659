import { infiniteQueryOptions, type QueryClient } from '@tanstack/react-query';
import { apiRequest, CONSOLE_PREFIX } from '../../../api/client';
import { ChangesPage, type ChangeRecord } from '../../../api/contracts/changes';
import { seoulDayEnd, seoulDayStart, type HistorySearch } from '../history-search';

/** Whose history: an account, a campaign of it, or one ad group; plus the page's filters. */
export interface HistoryScope {
  adAccountId: number;
  campaignId?: number;
  adGroupId?: number;
}
export type HistoryParams = HistoryScope & HistorySearch & { batchId?: string };

/** One key family (architecture.md #5): any change invalidates `historyKeys.all`. */
export const historyKeys = {
  all: ['changes'] as const,
  list: (params: HistoryParams) => [...historyKeys.all, 'list', params] as const,
};

/** GET /console/changes: one page, newest first. */
export function getChanges(params: HistoryParams, cursor: string | undefined, signal?: AbortSignal): Promise<ChangesPage> {
  const { since, until, ...rest } = params;
  return apiRequest('/changes', {
    prefix: CONSOLE_PREFIX,
    query: { ...rest, since: since && seoulDayStart(since), until: until && seoulDayEnd(until), cursor },
    schema: ChangesPage,
    signal,
  });
}

/** Pages on with the server's cursor. Kept fresh a little, so the tab opens at once from the cache. */
export function changesQuery(params: HistoryParams) {
  return infiniteQueryOptions({
    queryKey: historyKeys.list(params),
    queryFn: ({ pageParam, signal }) => getChanges(params, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next ?? undefined,
    staleTime: 30_000,
  });
}

/** Every page of a query: one bulk action to undo as a unit, or the filtered history for the CSV. */
export async function getAllChanges(params: HistoryParams): Promise<ChangeRecord[]> {
  const records: ChangeRecord[] = [];
  let cursor: string | undefined;
  do {
    const page = await getChanges(params, cursor);
    records.push(...page.content);
    cursor = page.next ?? undefined;
  } while (cursor);
  return records;
}

/** The record a `X-Console-Change-Id` names: the newest of its group, so the first page has it. */
export async function findChange(adAccountId: number, adGroupId: number, changeId: string): Promise<ChangeRecord | null> {
  const page = await getChanges({ adAccountId, adGroupId }, undefined);
  return page.content.find((record) => record.id === changeId) ?? null;
}

export function invalidateHistory(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: historyKeys.all });
}
