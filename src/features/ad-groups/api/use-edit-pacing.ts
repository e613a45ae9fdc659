import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, type ConsoleTag } from '../../../api/client';
import { PacingRequest } from '../../../api/contracts/ad-group-requests';
import { invalidateAdGroup, notifyMutationError, patchAdGroupCaches, restoreCaches } from './ad-group-cache';
import { requestPacer } from './request-pacer';

/** PUT /adGroups/pacing, paced per ad account (spec-notes #17). */
export function editPacing(adAccountId: number, body: PacingRequest, signal?: AbortSignal, tag?: ConsoleTag): Promise<void> {
  return requestPacer.schedule(
    { adAccountId, key: 'pacing' },
    () => apiRequest('/adGroups/pacing', { method: 'PUT', body: PacingRequest.parse(body), adAccountId, signal, tag }),
    { signal },
  );
}

/**
 * Changes the pacing alone, optimistically on the detail cache (the list has no
 * pacing); a refusal rolls back and shows Kakao's detailMsg. Check the value with the
 * rules before calling (manual bidding only: rules/pacing.ts, spec-notes #8). Kakao takes
 * one pacing call every five seconds per ad account (#17): the pacer waits that out.
 */
export function useEditPacing(adAccountId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PacingRequest) => editPacing(adAccountId, body),
    onMutate: ({ id, pacing }) => patchAdGroupCaches(queryClient, adAccountId, id, { pacing }),
    onError: (error, _body, snapshot) => {
      restoreCaches(queryClient, snapshot);
      notifyMutationError(error);
    },
    onSettled: (_data, _error, { id }) => invalidateAdGroup(queryClient, adAccountId, id, { lists: false }),
  });
}
