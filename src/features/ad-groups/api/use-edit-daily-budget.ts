import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, type ConsoleTag } from '../../../api/client';
import { DailyBudgetRequest } from '../../../api/contracts/ad-group-requests';
import { invalidateAdGroup, notifyMutationError, patchAdGroupCaches, restoreCaches } from './ad-group-cache';
import { requestPacer } from './request-pacer';

/** PUT /adGroups/dailyBudgetAmount, paced per ad account (spec-notes #17). */
export function editDailyBudget(adAccountId: number, body: DailyBudgetRequest, signal?: AbortSignal, tag?: ConsoleTag): Promise<void> {
  return requestPacer.schedule(
    { adAccountId, key: 'dailyBudget' },
    () => apiRequest('/adGroups/dailyBudgetAmount', { method: 'PUT', body: DailyBudgetRequest.parse(body), adAccountId, signal, tag }),
    { signal },
  );
}

/**
 * Changes the daily budget alone, optimistically on the detail cache (the list has no
 * daily budget); a refusal rolls back and shows Kakao's detailMsg. Check the value with the
 * rules before calling (10,000–500,000,000 in steps of 10, at most the campaign's
 * daily budget: rules/budget.ts).
 */
export function useEditDailyBudget(adAccountId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DailyBudgetRequest) => editDailyBudget(adAccountId, body),
    onMutate: ({ id, dailyBudgetAmount }) => patchAdGroupCaches(queryClient, adAccountId, id, { dailyBudgetAmount }),
    onError: (error, _body, snapshot) => {
      restoreCaches(queryClient, snapshot);
      notifyMutationError(error);
    },
    onSettled: (_data, _error, { id }) => invalidateAdGroup(queryClient, adAccountId, id, { lists: false }),
  });
}
