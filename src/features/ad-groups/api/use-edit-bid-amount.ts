import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, type ConsoleTag } from '../../../api/client';
import { BidAmountRequest } from '../../../api/contracts/ad-group-requests';
import { invalidateAdGroup, notifyMutationError, patchAdGroupCaches, restoreCaches } from './ad-group-cache';
import { requestPacer } from './request-pacer';

/** PUT /adGroups/bidAmount, paced per ad account (spec-notes #17). */
export function editBidAmount(adAccountId: number, body: BidAmountRequest, signal?: AbortSignal, tag?: ConsoleTag): Promise<void> {
  return requestPacer.schedule(
    { adAccountId, key: 'bidAmount' },
    () => apiRequest('/adGroups/bidAmount', { method: 'PUT', body: BidAmountRequest.parse(body), adAccountId, signal, tag }),
    { signal },
  );
}

/**
 * Changes the maximum bid alone, optimistically on the detail cache (the list has no
 * maximum bid); a refusal rolls back and shows Kakao's detailMsg. Check the value with the
 * rules before calling (manual bidding only; min per campaign and pricing type, max
 * min(100,000, 50 % of the daily budget): rules/bid.ts, spec-notes #1).
 */
export function useEditBidAmount(adAccountId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BidAmountRequest) => editBidAmount(adAccountId, body),
    onMutate: ({ id, bidAmount }) => patchAdGroupCaches(queryClient, adAccountId, id, { bidAmount }),
    onError: (error, _body, snapshot) => {
      restoreCaches(queryClient, snapshot);
      notifyMutationError(error);
    },
    onSettled: (_data, _error, { id }) => invalidateAdGroup(queryClient, adAccountId, id, { lists: false }),
  });
}
