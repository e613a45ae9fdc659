import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../api/client';

/** POST /api/__sandbox/reset: the mock's seed comes back; every cached query is stale. */
export function useResetDemoData() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest('/__sandbox/reset', { method: 'POST' }),
    onSuccess: () => queryClient.resetQueries(),
    // The confirm dialog shows the failure; this also keeps the global notification away.
    onError: () => undefined,
  });
}
