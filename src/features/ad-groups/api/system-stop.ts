import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { SystemStopReason, SystemStopReasonList } from '../../../api/contracts/system-stop';
import { adGroupKeys } from './keys';

/**
 * GET /adGroups/{id}/latestSystemConfigHistory. Kakao answers only for a stopped group
 * (ADMIN_STOP or EXTERNAL_SERVICE_STOP); otherwise 200 with no body, read here as null.
 */
export async function getLatestSystemStop(
  adAccountId: number,
  id: number,
  signal?: AbortSignal,
): Promise<SystemStopReason | null> {
  const reason = await apiRequest(`/adGroups/${id}/latestSystemConfigHistory`, {
    adAccountId,
    schema: SystemStopReason.optional(),
    signal,
  });
  return reason ?? null;
}

/** GET /adGroups/{id}/systemConfigHistories: the last two years, newest first; empty when not stopped. */
export async function getSystemStopHistories(
  adAccountId: number,
  id: number,
  signal?: AbortSignal,
): Promise<SystemStopReasonList> {
  const list = await apiRequest(`/adGroups/${id}/systemConfigHistories`, {
    adAccountId,
    schema: SystemStopReasonList.optional(),
    signal,
  });
  return list ?? [];
}

export function latestSystemStopQuery(adAccountId: number, id: number) {
  return queryOptions({
    queryKey: adGroupKeys.latestSystemStop(adAccountId, id),
    queryFn: ({ signal }) => getLatestSystemStop(adAccountId, id, signal),
  });
}

export function systemStopHistoriesQuery(adAccountId: number, id: number) {
  return queryOptions({
    queryKey: adGroupKeys.systemStopHistories(adAccountId, id),
    queryFn: ({ signal }) => getSystemStopHistories(adAccountId, id, signal),
  });
}

/** Pass `enabled: false` while the group is not stopped: there is nothing to ask then. */
export function useLatestSystemStop(adAccountId: number, id: number, enabled = true) {
  return useQuery({ ...latestSystemStopQuery(adAccountId, id), enabled });
}

export function useSystemStopHistories(adAccountId: number, id: number, enabled = true) {
  return useQuery({ ...systemStopHistoriesQuery(adAccountId, id), enabled });
}
