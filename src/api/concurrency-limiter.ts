export type Lane = 'foreground' | 'background';

export interface ConcurrencyLimiterOptions {
  /** At most this many background tasks at once, so on-screen work always finds a free slot. */
  backgroundLimit?: number;
}

interface Entry {
  lane: Lane;
  start: () => void;
  signal?: AbortSignal;
}

/**
 * At most `limit` tasks at a time; the rest wait in order. Foreground tasks (the rows on
 * screen) go before any waiting background task (the whole-view fill). A waiting task
 * whose signal aborts (its row scrolled away, the view changed) leaves the queue unrun.
 */
export function createConcurrencyLimiter(limit: number, { backgroundLimit = limit }: ConcurrencyLimiterOptions = {}) {
  const running = { foreground: 0, background: 0 };
  const queue: Entry[] = [];
  const total = () => running.foreground + running.background;

  const take = (): Entry | undefined => {
    const foreground = queue.findIndex((entry) => entry.lane === 'foreground');
    if (foreground >= 0) return queue.splice(foreground, 1)[0];
    if (running.background >= backgroundLimit) return undefined;
    const background = queue.findIndex((entry) => entry.lane === 'background');
    return background >= 0 ? queue.splice(background, 1)[0] : undefined;
  };

  const next = () => {
    while (total() < limit) {
      const waiting = take();
      if (!waiting) return;
      if (!waiting.signal?.aborted) waiting.start();
    }
  };

  return {
    run<T>(task: () => Promise<T>, signal?: AbortSignal, lane: Lane = 'foreground'): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const entry: Entry = {
          lane,
          signal,
          start: () => {
            running[lane] += 1;
            signal?.removeEventListener('abort', onAbort);
            task()
              .then(resolve, reject)
              .finally(() => {
                running[lane] -= 1;
                next();
              });
          },
        };
        const onAbort = () => {
          const i = queue.indexOf(entry);
          if (i >= 0) queue.splice(i, 1);
          reject(signal?.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        queue.push(entry);
        next();
      });
    },
    get running() {
      return total();
    },
    get waiting() {
      return queue.length;
    },
  };
}
