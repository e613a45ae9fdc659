import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../../../api/api-error';
import { nextWriteAt, noteWrite, secondsUntil } from './write-clock';

export interface SubmitOnce {
  /** True from the first click until the task settles. */
  submitting: boolean;
  /** Seconds until Kakao takes the next create/edit for this account (0: now). */
  secondsLeft: number;
  /** True when the last attempt was refused as too frequent: show the countdown, not an error. */
  rateLimited: boolean;
  /**
   * Runs `task` unless one is already running: a double click sends one request. Resolves
   * to the task's result, or to undefined when skipped or refused as too frequent.
   */
  run: <T>(task: () => Promise<T>) => Promise<T | undefined>;
}

const TICK_MS = 250;

/** The double-submit guard and the 5-second create/edit limit, shown as a countdown. */
export function useSubmitOnce(adAccountId: number, now: () => number = Date.now): SubmitOnce {
  // A ref, not state: the second click of a double click arrives before React re-renders.
  const inFlight = useRef(false);
  const [submitting, setSubmitting] = useState(false);
  const [rateLimited, setRateLimited] = useState(false);
  const [until, setUntil] = useState(() => nextWriteAt(adAccountId));
  // Re-render a few times a second while counting down; the value is derived from `until`.
  const [, setTick] = useState(0);
  const secondsLeft = secondsUntil(until, now());

  useEffect(() => {
    if (until <= now()) return;
    const id = setInterval(() => {
      setTick((n) => n + 1);
      if (secondsUntil(until, now()) === 0) {
        clearInterval(id);
        setRateLimited(false);
      }
    }, TICK_MS);
    return () => clearInterval(id);
  }, [until, now]);

  const run = useCallback(
    async <T>(task: () => Promise<T>): Promise<T | undefined> => {
      if (inFlight.current) return undefined;
      inFlight.current = true;
      setSubmitting(true);
      setRateLimited(false);
      // The pacer may hold the call until the slot opens: count down meanwhile.
      setUntil(nextWriteAt(adAccountId));
      try {
        return await task();
      } catch (error) {
        if (isApiError(error) && error.isRateLimited) {
          setRateLimited(true);
          return undefined;
        }
        throw error;
      } finally {
        // Kakao counts a call when it arrives, refused or not.
        noteWrite(adAccountId, now());
        setUntil(nextWriteAt(adAccountId));
        inFlight.current = false;
        setSubmitting(false);
      }
    },
    [adAccountId, now],
  );

  return { submitting, secondsLeft, rateLimited, run };
}
