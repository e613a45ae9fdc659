import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { invalidateAdGroup } from './ad-group-cache';

/** PUT /adGroups/cancel/{id}: ends a Message group's sending contract. */
export function cancelContract(adAccountId: number, id: number, signal?: AbortSignal): Promise<void> {
  return apiRequest(`/adGroups/cancel/${id}`, { method: 'PUT', adAccountId, signal });
}

/** Like delete: confirmed first, not optimistic, the dialog shows a refusal. */
export function useCancelContract(adAccountId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => cancelContract(adAccountId, id),
    onError: () => {},
    onSettled: (_data, _error, id) => invalidateAdGroup(queryClient, adAccountId, id, { lists: true }),
  });
}
