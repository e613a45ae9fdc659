import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/api-error';
import { createRequestPacer, type PacerClock } from './request-pacer';

/** A clock that moves only when the test lets its earliest timer fire. */
function fakeClock() {
  const timers: { at: number; resolve: () => void }[] = [];
  const clock = {
    t: 0,
    now: () => clock.t,
    sleep: (ms: number) => new Promise<void>((resolve) => timers.push({ at: clock.t + ms, resolve })),
    /** Fires timers in time order until `work` settles. */
    async run<T>(work: Promise<T>): Promise<T> {
      let settled = false;
      void work.then(
        () => (settled = true),
        () => (settled = true),
      );
      while (!settled) {
        await new Promise((r) => setTimeout(r, 0));
        timers.sort((a, b) => a.at - b.at);
        const next = timers.shift();
        if (next) {
          clock.t = next.at;
          next.resolve();
        }
      }
      return work;
    },
  };
  return clock satisfies PacerClock;
}

const limits = { adGroupWrite: 5_000, dailyBudget: 1_000, bidAmount: 1_000, onOff: 1_000, pacing: 5_000, trackers: 5_000, report: 5_000 };

describe('request pacer', () => {
  it('spaces calls of one kind by the documented gap, per ad account', async () => {
    const clock = fakeClock();
    const pacer = createRequestPacer({ clock, limits, marginMs: 100 });
    const starts: string[] = [];
    const call = (account: number, key: 'onOff' | 'pacing') =>
      pacer.schedule({ adAccountId: account, key, adGroupId: 1 }, async () => void starts.push(`${account}:${key}@${clock.now()}`));

    await clock.run(Promise.all([call(1, 'onOff'), call(1, 'onOff'), call(1, 'onOff')]));
    await clock.run(call(2, 'onOff')); // another account: its own budget of calls
    expect(starts).toEqual(['1:onOff@0', '1:onOff@1100', '1:onOff@2200', '2:onOff@2200']);

    await clock.run(call(1, 'pacing'));
    await clock.run(call(1, 'pacing'));
    expect(starts.slice(-2)).toEqual(['1:pacing@2200', '1:pacing@7300']);
  });

  it('runs calls without a limit at once', async () => {
    const clock = fakeClock();
    const pacer = createRequestPacer({ clock, limits });
    await pacer.schedule({ adAccountId: 1, key: null, adGroupId: 1 }, async () => 'a');
    await pacer.schedule({ adAccountId: 1, key: null, adGroupId: 1 }, async () => 'b');
    expect(clock.now()).toBe(0);
  });

  it('tries a call Kakao still refuses as too frequent again after the gap, then gives up', async () => {
    const clock = fakeClock();
    const pacer = createRequestPacer({ clock, limits, marginMs: 0, rateLimitRetries: 2 });
    const tooMany = new ApiError({ kind: 'kakao', status: 429, code: -10, message: 'too many' });
    let calls = 0;
    const result = await clock.run(
      pacer.schedule({ adAccountId: 1, key: 'onOff', adGroupId: 1 }, async () => {
        calls += 1;
        if (calls < 2) throw tooMany;
        return 'ok';
      }),
    );
    expect(result).toBe('ok');
    expect(clock.now()).toBe(1_000);

    calls = 0;
    const failing = pacer.schedule({ adAccountId: 1, key: 'onOff', adGroupId: 1 }, async () => ((calls += 1), Promise.reject(tooMany)));
    await expect(clock.run(failing)).rejects.toBe(tooMany);
    expect(calls).toBe(3);
  });

  it('does not retry other refusals', async () => {
    const pacer = createRequestPacer({ clock: fakeClock(), limits });
    const refused = new ApiError({ kind: 'kakao', status: 400, code: -813, detailMsg: '거절', message: 'x' });
    let calls = 0;
    await expect(pacer.schedule({ adAccountId: 1, key: 'bidAmount', adGroupId: 1 }, async () => ((calls += 1), Promise.reject(refused)))).rejects.toBe(refused);
    expect(calls).toBe(1);
  });

  it('counts onOff per ad group: a second group switches at once (issue 8)', async () => {
    const clock = fakeClock();
    const pacer = createRequestPacer({ clock, limits, marginMs: 100 });
    const starts: string[] = [];
    const onOff = (adGroupId: number) =>
      pacer.schedule({ adAccountId: 1, key: 'onOff', adGroupId }, async () => void starts.push(`${adGroupId}@${clock.now()}`));
    await clock.run(Promise.all([onOff(7), onOff(8), onOff(7)]));
    expect(starts).toEqual(['7@0', '8@0', '7@1100']);
    // The bid is still counted per ad account, whatever the group.
    const bids: number[] = [];
    const bid = (adGroupId: number) =>
      pacer.schedule({ adAccountId: 1, key: 'bidAmount', adGroupId }, async () => void bids.push(clock.now()));
    await clock.run(Promise.all([bid(7), bid(8)]));
    expect(bids[1] - bids[0]).toBe(1_100);
  });

  it('tells the caller when a call waits, and when it will leave', async () => {
    const clock = fakeClock();
    const pacer = createRequestPacer({ clock, limits, marginMs: 100 });
    const waits: number[] = [];
    const call = () => pacer.schedule({ adAccountId: 1, key: 'pacing' }, async () => {}, { onWait: (at) => waits.push(at) });
    await clock.run(call());
    expect(waits).toEqual([]);
    await clock.run(call());
    expect(waits).toEqual([5_100]);
  });

  it('waits out Retry-After when Kakao refuses a call as too frequent', async () => {
    const clock = fakeClock();
    const pacer = createRequestPacer({ clock, limits, marginMs: 0 });
    const apiLimit = new ApiError({ kind: 'kakao', status: 400, code: -10, message: 'API limit has been exceeded.', retryAfterMs: 3_000 });
    const waits: number[] = [];
    let calls = 0;
    const result = await clock.run(
      pacer.schedule(
        { adAccountId: 1, key: 'onOff', adGroupId: 1 },
        async () => {
          calls += 1;
          if (calls === 1) throw apiLimit;
          return 'ok';
        },
        { onWait: (at) => waits.push(at) },
      ),
    );
    expect(result).toBe('ok');
    expect(waits).toEqual([3_000]);
    expect(clock.now()).toBe(3_000);
  });

  it('forgets past calls on reset', async () => {
    const clock = fakeClock();
    const pacer = createRequestPacer({ clock, limits });
    await clock.run(pacer.schedule({ adAccountId: 1, key: 'onOff', adGroupId: 1 }, async () => {}));
    pacer.reset();
    await clock.run(pacer.schedule({ adAccountId: 1, key: 'onOff', adGroupId: 1 }, async () => {}));
    expect(clock.now()).toBe(0);
  });
});
