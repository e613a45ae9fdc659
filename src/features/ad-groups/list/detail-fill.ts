import { isApiError } from '../../../api/api-error';

export interface DetailFillOptions {
  /** The view's ids, in the view's order: the rows nearest the top are filled first. */
  ids: readonly number[];
  /** False once the id's detail is in the cache, or its read failed for good. */
  needs: (id: number) => boolean;
  /** Reads one detail into the cache. */
  fetchOne: (id: number, signal: AbortSignal) => Promise<unknown>;
  signal: AbortSignal;
  /** How many reads the fill keeps in flight (the on-screen rows have their own slots). */
  concurrency: number;
  /** Waits out Kakao's "too many requests" (-10 / 429) before the fill goes on. */
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  backoffMs?: number;
  maxBackoffMs?: number;
}

/**
 * Fills the details of a whole view in the background. Kakao documents no per-second limit
 * for reads, only its general API limit (-10): the fill keeps a few reads in flight and,
 * when Kakao says "too many", every worker pauses, the pause doubling until a read passes.
 * Any other refusal (a deleted group's 32026, a network error) settles that row and moves on:
 * the row shows its own error and retry.
 */
export async function fillDetails(options: DetailFillOptions): Promise<void> {
  const { ids, needs, fetchOne, signal, concurrency, sleep, backoffMs = 2_000, maxBackoffMs = 30_000 } = options;
  let cursor = 0;
  let backoff = backoffMs;
  let pause: Promise<void> | null = null;

  const worker = async () => {
    while (!signal.aborted) {
      if (pause) await pause;
      const id = ids[cursor];
      if (id === undefined) return;
      cursor += 1;
      if (!needs(id)) continue;
      try {
        await fetchOne(id, signal);
        backoff = backoffMs;
      } catch (error) {
        if (signal.aborted) return;
        if (!(isApiError(error) && error.isRateLimited)) continue;
        // Put it back, and pause everyone once (not once per worker).
        cursor = Math.min(cursor, ids.indexOf(id));
        pause ??= sleep(backoff, signal).finally(() => (pause = null));
        backoff = Math.min(backoff * 2, maxBackoffMs);
      }
    }
  };

  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker)).catch((error: unknown) => {
    if (!signal.aborted) throw error;
  });
}
