/**
 * The live population estimate of the Message wizard, framework-free so its timing can
 * be tested with fake timers. Changes are debounced; at most one request is in flight;
 * a change made meanwhile waits for it and then supersedes it (only the newest input is
 * sent next, and the older answer is never shown as current). Until the newest answer
 * arrives, the previous number stays on screen, marked stale.
 */
export interface PopulationState {
  /** The last number received, for whatever input it was; null before the first. */
  score: number | null;
  /** True while the shown number is not for the current input (debouncing or fetching). */
  stale: boolean;
  /** The latest failure for the current input; cleared by a change or a retry. */
  error: unknown;
}

export type FetchScore<R> = (request: R, signal: AbortSignal) => Promise<number>;

export interface PopulationEstimator<R> {
  /** The form changed: estimate for `request` after the debounce. */
  update: (request: R) => void;
  /** After an error: try the current input again, at once. */
  retry: () => void;
  getState: () => PopulationState;
  subscribe: (listener: () => void) => () => void;
  dispose: () => void;
}

export const POPULATION_DEBOUNCE_MS = 400;

export function createPopulationEstimator<R>(
  fetchScore: FetchScore<R>,
  delayMs: number = POPULATION_DEBOUNCE_MS,
): PopulationEstimator<R> {
  let state: PopulationState = { score: null, stale: false, error: null };
  const listeners = new Set<() => void>();
  let latest: { request: R; key: string } | null = null;
  let answeredKey: string | null = null;
  let inFlight = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let controller: AbortController | null = null;

  function set(next: Partial<PopulationState>) {
    state = { ...state, ...next };
    listeners.forEach((l) => l());
  }

  function send() {
    timer = null;
    if (inFlight || !latest) return;
    const { request, key } = latest;
    if (key === answeredKey) return set({ stale: false });
    inFlight = true;
    const own = new AbortController();
    controller = own;
    fetchScore(request, own.signal).then(
      (score) => settle(own, key, () => set({ score, stale: false, error: null })),
      (error: unknown) => settle(own, key, () => set({ stale: false, error })),
    );
  }

  function settle(own: AbortController, key: string, apply: () => void) {
    inFlight = false;
    // Disposed meanwhile (the wizard unmounted): nobody is listening.
    if (own.signal.aborted) return;
    const current = latest?.key === key;
    if (current) {
      answeredKey = key;
      apply();
    } else if (timer === null) {
      // A newer input arrived and its debounce is over: it goes now.
      send();
    }
  }

  return {
    update(request) {
      const key = JSON.stringify(request);
      const pending = timer !== null || inFlight || answeredKey === key;
      if (latest?.key === key && pending) return;
      latest = { request, key };
      if (timer) clearTimeout(timer);
      timer = setTimeout(send, delayMs);
      if (!state.stale || state.error) set({ stale: true, error: null });
    },
    retry() {
      answeredKey = null;
      if (timer) clearTimeout(timer);
      set({ stale: true, error: null });
      send();
    },
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Stops timers and drops the request in flight; a later `update` starts again (StrictMode remounts). */
    dispose() {
      if (timer) clearTimeout(timer);
      timer = null;
      controller?.abort();
      inFlight = false;
    },
  };
}
