import { describe, expect, it } from 'vitest';
import { createConcurrencyLimiter } from './concurrency-limiter';

function deferred() {
  let resolve: () => void = () => {};
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('concurrency limiter', () => {
  it('runs at most the limit at once, the rest in order', async () => {
    const limiter = createConcurrencyLimiter(2);
    const gates = [deferred(), deferred(), deferred()];
    const started: number[] = [];
    const runs = gates.map((gate, i) => limiter.run(async () => (started.push(i), gate.promise)));
    await tick();
    expect(started).toEqual([0, 1]);
    expect(limiter.waiting).toBe(1);
    gates[1].resolve();
    await tick();
    expect(started).toEqual([0, 1, 2]);
    gates[0].resolve();
    gates[2].resolve();
    await Promise.all(runs);
    expect(limiter.running).toBe(0);
  });

  it('drops a waiting task whose signal aborts', async () => {
    const limiter = createConcurrencyLimiter(1);
    const gate = deferred();
    const started: string[] = [];
    const first = limiter.run(async () => (started.push('a'), gate.promise));
    const controller = new AbortController();
    const second = limiter.run(async () => void started.push('b'), controller.signal);
    controller.abort();
    await expect(second).rejects.toBeDefined();
    gate.resolve();
    await first;
    expect(started).toEqual(['a']);
  });

  it('frees the slot when a task fails', async () => {
    const limiter = createConcurrencyLimiter(1);
    await expect(limiter.run(() => Promise.reject(new Error('x')))).rejects.toThrow('x');
    await expect(limiter.run(async () => 'ok')).resolves.toBe('ok');
  });

  it('starts waiting on-screen tasks before background ones, and caps the background lane', async () => {
    const limiter = createConcurrencyLimiter(3, { backgroundLimit: 1 });
    const gates = [deferred(), deferred(), deferred(), deferred()];
    const started: string[] = [];
    const bg = [0, 1].map((i) => limiter.run(async () => (started.push(`bg${i}`), gates[i].promise), undefined, 'background'));
    const fg = [2, 3].map((i) => limiter.run(async () => (started.push(`fg${i}`), gates[i].promise)));
    await tick();
    // One background slot only: fg2 and fg3 take the rest, bg1 waits although it came first.
    expect(started).toEqual(['bg0', 'fg2', 'fg3']);
    gates[2].resolve();
    await tick();
    expect(started).toEqual(['bg0', 'fg2', 'fg3']);
    gates[0].resolve();
    await tick();
    expect(started).toEqual(['bg0', 'fg2', 'fg3', 'bg1']);
    gates.forEach((gate) => gate.resolve());
    await Promise.all([...bg, ...fg]);
  });
});
