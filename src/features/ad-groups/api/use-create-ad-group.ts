import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { AdGroupDetail } from '../../../api/contracts/ad-group';
import type {
  DisplayAdGroupCreateRequest,
  MessageAdGroupCreateRequest,
  PersonalizedAdGroupCreateRequest,
} from '../../../api/contracts/ad-group-requests';
import { adGroupKeys } from './keys';
import { requestPacer } from './request-pacer';

export type AdGroupCreateBody = DisplayAdGroupCreateRequest | MessageAdGroupCreateRequest | PersonalizedAdGroupCreateRequest;

/**
 * POST /adGroups, paced per ad account (spec-notes #17: one create or edit every 5 s).
 * The caller parses the body with its contract first, so what is sent is exactly that.
 */
export function createAdGroup(adAccountId: number, body: AdGroupCreateBody, signal?: AbortSignal): Promise<AdGroupDetail> {
  return requestPacer.schedule(
    { adAccountId, key: 'adGroupWrite' },
    () => apiRequest('/adGroups', { method: 'POST', body, adAccountId, schema: AdGroupDetail, signal }),
    { signal },
  );
}

/**
 * Creates an ad group. On success: the new group goes into the detail cache, and only
 * the lists of its campaign are invalidated. Errors are the wizard's to show (at a
 * field or in a banner), hence the empty onError that keeps the global toast away.
 */
export function useCreateAdGroup(adAccountId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AdGroupCreateBody) => createAdGroup(adAccountId, body),
    onSuccess: (group) => {
      queryClient.setQueryData(adGroupKeys.detail(adAccountId, group.id), group);
      return queryClient.invalidateQueries({ queryKey: adGroupKeys.campaignLists(adAccountId, group.campaign.id) });
    },
    onError: () => {},
  });
}
