import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPopulationEstimator } from './population-estimator';

interface Call {
  request: number;
  resolve: (score: number) => void;
  reject: (error: unknown) => void;
  signal: AbortSignal;
}

function setup(delay = 400) {
  const calls: Call[] = [];
  const fetchScore = vi.fn(
    (request: number, signal: AbortSignal) =>
      new Promise<number>((resolve, reject) => calls.push({ request, resolve, reject, signal })),
  );
  const estimator = createPopulationEstimator<number>(fetchScore, delay);
  return { calls, fetchScore, estimator };
}

const flush = () => vi.advanceTimersByTimeAsync(0);

describe('createPopulationEstimator', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('debounces: a burst of changes sends one request, for the last one', async () => {
    const { calls, estimator } = setup();
    estimator.update(1);
    await vi.advanceTimersByTimeAsync(200);
    estimator.update(2);
    await vi.advanceTimersByTimeAsync(200);
    estimator.update(3);
    await vi.advanceTimersByTimeAsync(399);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.map((c) => c.request)).toEqual([3]);
    calls[0].resolve(300);
    await flush();
    expect(estimator.getState()).toEqual({ score: 300, stale: false, error: null });
  });

  it('never has two requests in flight; the newest input supersedes the one in flight', async () => {
    const { calls, estimator } = setup();
    estimator.update(1);
    await vi.advanceTimersByTimeAsync(400);
    expect(calls).toHaveLength(1);
    estimator.update(2);
    await vi.advanceTimersByTimeAsync(400);
    estimator.update(3);
    await vi.advanceTimersByTimeAsync(1000);
    // Still the first one only.
    expect(calls).toHaveLength(1);
    calls[0].resolve(100);
    await flush();
    // The answer for 1 is not for the current input: not shown, and 3 (not 2) goes next.
    expect(estimator.getState().score).toBeNull();
    expect(calls.map((c) => c.request)).toEqual([1, 3]);
    calls[1].resolve(30);
    await flush();
    expect(estimator.getState()).toEqual({ score: 30, stale: false, error: null });
  });

  it('keeps the previous number, marked stale, while a new estimate is on its way', async () => {
    const { calls, estimator } = setup();
    const seen: boolean[] = [];
    estimator.subscribe(() => seen.push(estimator.getState().stale));
    estimator.update(1);
    await vi.advanceTimersByTimeAsync(400);
    calls[0].resolve(500);
    await flush();
    estimator.update(2);
    expect(estimator.getState()).toMatchObject({ score: 500, stale: true });
    await vi.advanceTimersByTimeAsync(400);
    expect(estimator.getState()).toMatchObject({ score: 500, stale: true });
    calls[1].resolve(200);
    await flush();
    expect(estimator.getState()).toMatchObject({ score: 200, stale: false });
    expect(seen).toContain(true);
  });

  it('does not ask again for an input it already has an answer for', async () => {
    const { calls, estimator } = setup();
    estimator.update(1);
    await vi.advanceTimersByTimeAsync(400);
    calls[0].resolve(10);
    await flush();
    estimator.update(2);
    estimator.update(1);
    await vi.advanceTimersByTimeAsync(400);
    expect(calls).toHaveLength(1);
    expect(estimator.getState()).toMatchObject({ score: 10, stale: false });
  });

  it('reports an error, keeps the old number, and retries on demand', async () => {
    const { calls, estimator } = setup();
    estimator.update(1);
    await vi.advanceTimersByTimeAsync(400);
    calls[0].resolve(10);
    await flush();
    estimator.update(2);
    await vi.advanceTimersByTimeAsync(400);
    const failure = new Error('nope');
    calls[1].reject(failure);
    await flush();
    expect(estimator.getState()).toEqual({ score: 10, stale: false, error: failure });
    estimator.retry();
    expect(calls.map((c) => c.request)).toEqual([1, 2, 2]);
    expect(estimator.getState()).toMatchObject({ stale: true, error: null });
    calls[2].resolve(7);
    await flush();
    expect(estimator.getState()).toEqual({ score: 7, stale: false, error: null });
  });

  it('dispose aborts the request in flight; a later update starts again', async () => {
    const { calls, estimator } = setup();
    estimator.update(1);
    await vi.advanceTimersByTimeAsync(400);
    estimator.dispose();
    expect(calls[0].signal.aborted).toBe(true);
    estimator.update(1);
    await vi.advanceTimersByTimeAsync(400);
    expect(calls).toHaveLength(2);
  });
});
