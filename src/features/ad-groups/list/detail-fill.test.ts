import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/api-error';
import { fillDetails, type DetailFillOptions } from './detail-fill';

const rateLimited = () => new ApiError({ kind: 'kakao', message: 'API limit has been exceeded.', status: 400, code: -10 });
const deleted = () => new ApiError({ kind: 'kakao', message: 'x', status: 400, code: -813, detailCode: 32026 });

/** A fill over `ids` whose reads answer from `answer`, recording reads and pauses. */
function setup(ids: number[], answer: (id: number, attempt: number) => Promise<void>, overrides: Partial<DetailFillOptions> = {}) {
  const reads: number[] = [];
  const pauses: number[] = [];
  const done = new Set<number>();
  const attempts = new Map<number, number>();
  let inFlight = 0;
  let maxInFlight = 0;
  const options: DetailFillOptions = {
    ids,
    needs: (id) => !done.has(id),
    fetchOne: async (id) => {
      reads.push(id);
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const attempt = (attempts.get(id) ?? 0) + 1;
      attempts.set(id, attempt);
      try {
        await answer(id, attempt);
        done.add(id);
      } finally {
        inFlight -= 1;
      }
    },
    signal: new AbortController().signal,
    concurrency: 2,
    sleep: async (ms) => void pauses.push(ms),
    backoffMs: 100,
    maxBackoffMs: 250,
    ...overrides,
  };
  return { options, reads, pauses, done, max: () => maxInFlight };
}

describe('fillDetails', () => {
  it('reads every missing detail once, in the view order, a few at a time', async () => {
    const fill = setup([5, 3, 9, 1, 7], async () => {});
    fill.done.add(9);
    await fillDetails(fill.options);
    expect(fill.reads).toEqual([5, 3, 1, 7]);
    expect(fill.max()).toBe(2);
  });

  it('pauses the whole fill on "too many requests", longer each time, then reads that detail again', async () => {
    const fill = setup([1, 2, 3], async (id, attempt) => {
      if (id === 2 && attempt <= 3) throw rateLimited();
    }, { concurrency: 1 });
    await fillDetails(fill.options);
    expect(fill.pauses).toEqual([100, 200, 250]);
    expect(fill.reads).toEqual([1, 2, 2, 2, 2, 3]);
    expect([...fill.done].sort()).toEqual([1, 2, 3]);
  });

  it('moves on past a detail that fails for good (a deleted group), without a retry', async () => {
    const fill = setup([1, 2, 3], async (id) => {
      if (id === 2) throw deleted();
    });
    await fillDetails(fill.options);
    expect(fill.reads.sort()).toEqual([1, 2, 3]);
    expect(fill.pauses).toEqual([]);
  });

  it('stops when its signal aborts (the view changed)', async () => {
    const controller = new AbortController();
    const fill = setup([1, 2, 3, 4], async (id) => {
      if (id === 2) controller.abort();
    }, { concurrency: 1, signal: controller.signal });
    await fillDetails(fill.options);
    expect(fill.reads).toEqual([1, 2]);
  });
});
