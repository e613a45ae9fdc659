import { RATE_LIMITS } from '../../../api/rules/rate-limits';

/**
 * When each ad account last sent an ad group create/edit (spec-notes #17: one every
 * 5 s). The request pacer waits the gap out itself; this copy only lets the wizard SHOW
 * the wait as a countdown. Module state, like the pacer's, so every wizard shares it.
 */
const lastWrite = new Map<number, number>();

export function noteWrite(adAccountId: number, at: number): void {
  lastWrite.set(adAccountId, at);
}

export function nextWriteAt(adAccountId: number): number {
  const last = lastWrite.get(adAccountId);
  return last === undefined ? 0 : last + RATE_LIMITS.adGroupWrite;
}

/** Whole seconds left until `until`, rounded up; 0 once it has passed. */
export function secondsUntil(until: number, now: number): number {
  return until > now ? Math.ceil((until - now) / 1000) : 0;
}

export function resetWriteClock(): void {
  lastWrite.clear();
}
