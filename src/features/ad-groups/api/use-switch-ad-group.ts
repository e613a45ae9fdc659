import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, type ConsoleTag } from '../../../api/client';
import { OnOffRequest } from '../../../api/contracts/ad-group-requests';
import { invalidateAdGroup, notifyMutationError, patchAdGroupCaches, restoreCaches } from './ad-group-cache';
import { requestPacer } from './request-pacer';

/** PUT /adGroups/onOff, paced to one call a second per ad account (spec-notes #17). */
export function switchAdGroup(adAccountId: number, body: OnOffRequest, signal?: AbortSignal, tag?: ConsoleTag): Promise<void> {
  return requestPacer.schedule(
    { adAccountId, key: 'onOff', adGroupId: body.id },
    () => apiRequest('/adGroups/onOff', { method: 'PUT', body: OnOffRequest.parse(body), adAccountId, signal, tag }),
    { signal },
  );
}

/**
 * The ON/OFF switch: the list and the detail show the new status at once; a refusal puts
 * the old one back and shows Kakao's detailMsg. Whether the switch is offered at all is
 * `canSwitchOnOff` (src/api/rules/capabilities.ts).
 */
export function useSwitchAdGroup(adAccountId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OnOffRequest) => switchAdGroup(adAccountId, body),
    onMutate: ({ id, config }) => patchAdGroupCaches(queryClient, adAccountId, id, { config }),
    onError: (error, _body, snapshot) => {
      restoreCaches(queryClient, snapshot);
      notifyMutationError(error);
    },
    onSettled: (_data, _error, { id }) => invalidateAdGroup(queryClient, adAccountId, id, { lists: true }),
  });
}
