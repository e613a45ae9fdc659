import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, type ConsoleTag } from '../../../api/client';
import type { AdGroupDetail } from '../../../api/contracts/ad-group';
import { invalidateAdGroup } from './ad-group-cache';
import { adGroupKeys } from './keys';

/** DELETE /adGroups/{id}: the group moves to DEL; its data and statistics stay. */
export function deleteAdGroup(adAccountId: number, id: number, signal?: AbortSignal, tag?: ConsoleTag): Promise<void> {
  return apiRequest(`/adGroups/${id}`, { method: 'DELETE', adAccountId, signal, tag });
}

/**
 * Not optimistic: deleting cannot be undone, so the confirmation dialog waits for Kakao
 * and shows its refusal itself (hence the empty onError: no second, global notice).
 */
export function useDeleteAdGroup(adAccountId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => deleteAdGroup(adAccountId, id),
    onSuccess: (_data, id) => {
      queryClient.setQueryData<AdGroupDetail>(adGroupKeys.detail(adAccountId, id), (old) =>
        old ? { ...old, config: 'DEL' } : old,
      );
    },
    onError: () => {},
    onSettled: (_data, _error, id) => invalidateAdGroup(queryClient, adAccountId, id, { lists: true }),
  });
}
