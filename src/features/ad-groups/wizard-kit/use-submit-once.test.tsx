import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../api/api-error';
import { useSubmitOnce } from './use-submit-once';
import { resetWriteClock } from './write-clock';

beforeEach(resetWriteClock);

describe('useSubmitOnce', () => {
  it('runs one task for a double click', async () => {
    const { result } = renderHook(() => useSubmitOnce(1));
    let finish: (v: string) => void = () => {};
    const task = vi.fn(() => new Promise<string>((resolve) => (finish = resolve)));
    let first: Promise<string | undefined> = Promise.resolve(undefined);
    let second: Promise<string | undefined> = Promise.resolve(undefined);
    act(() => {
      first = result.current.run(task);
      second = result.current.run(task);
    });
    expect(task).toHaveBeenCalledTimes(1);
    expect(result.current.submitting).toBe(true);
    await act(async () => {
      finish('created');
      await first;
    });
    await expect(first).resolves.toBe('created');
    await expect(second).resolves.toBeUndefined();
    expect(result.current.submitting).toBe(false);
  });

  it('shows a refusal as too frequent as a countdown, not an error', async () => {
    let now = 100_000;
    const { result } = renderHook(() => useSubmitOnce(1, () => now));
    const tooSoon = new ApiError({ kind: 'kakao', status: 429, code: -10, message: 'slow down' });
    await act(async () => {
      await expect(result.current.run(() => Promise.reject(tooSoon))).resolves.toBeUndefined();
    });
    expect(result.current.rateLimited).toBe(true);
    expect(result.current.secondsLeft).toBe(5);
    now += 5_000;
    expect(result.current.secondsLeft).toBeGreaterThan(0);
  });

  it('rethrows other failures for the wizard to show', async () => {
    const { result } = renderHook(() => useSubmitOnce(2));
    await act(async () => {
      await expect(result.current.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    });
    expect(result.current.submitting).toBe(false);
  });
});
