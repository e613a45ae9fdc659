import { useEffect, useState, useSyncExternalStore } from 'react';
import { apiRequest } from '../../../api/client';
import { PopulationScoreRequest, PopulationScoreResponse } from '../../../api/contracts/population';
import { createPopulationEstimator, type PopulationState } from './population-estimator';

/** POST /targetings/populationScore (spec-notes #15: the answer has a body). */
export async function fetchPopulationScore(
  adAccountId: number,
  body: PopulationScoreRequest,
  signal?: AbortSignal,
): Promise<number> {
  const response = await apiRequest('/targetings/populationScore', {
    method: 'POST',
    adAccountId,
    body: PopulationScoreRequest.parse(body),
    schema: PopulationScoreResponse,
    signal,
  });
  return response.populationScore;
}

export interface PopulationScore extends PopulationState {
  retry: () => void;
}

/**
 * The live estimate for the Message wizard: debounced, one request at a time, the
 * previous number kept (and marked stale) until the new one arrives. Not a React Query
 * query on purpose: every keystroke would be a cache entry and a request.
 */
export function usePopulationScore(adAccountId: number, request: PopulationScoreRequest): PopulationScore {
  const [estimator] = useState(() =>
    createPopulationEstimator<PopulationScoreRequest>((body, signal) => fetchPopulationScore(adAccountId, body, signal)),
  );
  useEffect(() => () => estimator.dispose(), [estimator]);
  useEffect(() => estimator.update(request), [estimator, request]);
  const state = useSyncExternalStore(estimator.subscribe, estimator.getState, estimator.getState);
  return { ...state, retry: estimator.retry };
}
