import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, type ConsoleTag } from '../../../api/client';
import { AdGroupDetail } from '../../../api/contracts/ad-group';
import type {
  DisplayAdGroupEditRequest,
  MessageAdGroupEditRequest,
  PersonalizedAdGroupEditRequest,
} from '../../../api/contracts/ad-group-requests';
import { adGroupKeys } from './keys';
import { requestPacer } from './request-pacer';

export type AdGroupEditBody = DisplayAdGroupEditRequest | MessageAdGroupEditRequest | PersonalizedAdGroupEditRequest;

/** PUT /adGroups with every field (the reference: untouched fields carry their stored values). Paced like create. */
export function editAdGroup(adAccountId: number, body: AdGroupEditBody, signal?: AbortSignal, tag?: ConsoleTag): Promise<AdGroupDetail> {
  return requestPacer.schedule(
    { adAccountId, key: 'adGroupWrite' },
    () => apiRequest('/adGroups', { method: 'PUT', body, adAccountId, schema: AdGroupDetail, signal, tag }),
    { signal },
  );
}

/**
 * Edits an ad group. On success the answer replaces the detail cache, the detail is
 * invalidated (exactly), and so are its campaign's lists (the name and status show there).
 * Errors are the wizard's to show.
 */
export function useEditAdGroup(adAccountId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AdGroupEditBody) => editAdGroup(adAccountId, body),
    onSuccess: (group) => {
      const detail = adGroupKeys.detail(adAccountId, group.id);
      queryClient.setQueryData(detail, group);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: detail, exact: true }),
        queryClient.invalidateQueries({ queryKey: adGroupKeys.campaignLists(adAccountId, group.campaign.id) }),
      ]);
    },
    onError: () => {},
  });
}
