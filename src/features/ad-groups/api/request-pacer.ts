import { isApiError } from '../../../api/api-error';
import { RATE_LIMITS, rateLimitBucket, type RateLimitKey } from '../../../api/rules/rate-limits';

export interface PacerClock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

const realClock: PacerClock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

export interface PacerOptions {
  clock?: PacerClock;
  /** Minimum gap per kind of call; spec-notes #17 by default. */
  limits?: Readonly<Record<RateLimitKey, number>>;
  /**
   * Added to each gap: Kakao measures when a call arrives, we measure when it leaves,
   * and two calls a hair under a second apart on arrival would be refused.
   */
  marginMs?: number;
  /** How often a call Kakao still refuses as too frequent (another tab…) is tried again. */
  rateLimitRetries?: number;
}

/** Which limit a call counts against; `key: null` is a call Kakao does not limit. */
export interface PacedCall {
  adAccountId: number;
  key: RateLimitKey | null;
  /** For limits counted per ad group (rules/rate-limits.ts, PER_AD_GROUP). */
  adGroupId?: number;
}

export interface ScheduleOptions {
  signal?: AbortSignal;
  /** Told when the call must wait, with the time (ms since epoch) it is due to leave. */
  onWait?: (sendAt: number) => void;
}

export interface RequestPacer {
  /**
   * Runs `task` no sooner than the documented gap after the previous call of the same
   * limit (spec-notes #17; onOff per ad group). Calls of a limit run in the order they
   * were scheduled; a call Kakao still refuses as too frequent waits out its
   * Retry-After (or the gap) and goes again.
   */
  schedule<T>(call: PacedCall, task: () => Promise<T>, options?: ScheduleOptions): Promise<T>;
  /** Forgets past calls (tests, and the demo reset). */
  reset(): void;
}

export function createRequestPacer({
  clock = realClock,
  limits = RATE_LIMITS,
  marginMs = 100,
  rateLimitRetries = 2,
}: PacerOptions = {}): RequestPacer {
  /** The earliest start of the next call, per rate-limit bucket. */
  const nextSlot = new Map<string, number>();

  async function waitForSlot(bucket: string, gap: number, { signal, onWait }: ScheduleOptions): Promise<void> {
    const now = clock.now();
    const slot = Math.max(now, nextSlot.get(bucket) ?? 0);
    // Reserved before waiting, so calls scheduled together queue up instead of colliding.
    nextSlot.set(bucket, slot + gap);
    if (slot <= now) return;
    onWait?.(slot);
    await clock.sleep(slot - now, signal);
  }

  return {
    async schedule({ adAccountId, key, adGroupId }, task, options = {}) {
      if (key === null) return task();
      const bucket = rateLimitBucket({ adAccountId, key, adGroupId });
      const gap = limits[key] + marginMs;
      for (let attempt = 0; ; attempt += 1) {
        await waitForSlot(bucket, gap, options);
        try {
          return await task();
        } catch (error) {
          if (!(isApiError(error) && error.isRateLimited) || attempt >= rateLimitRetries) throw error;
          // Kakao said when to come back: no sooner than that, nor than the gap.
          const retryAt = clock.now() + (error.retryAfterMs ?? 0);
          nextSlot.set(bucket, Math.max(nextSlot.get(bucket) ?? 0, retryAt));
        }
      }
    },
    reset: () => nextSlot.clear(),
  };
}

/** The app's one pacer: single actions and bulk actions share it, so they never collide. */
export const requestPacer = createRequestPacer();
