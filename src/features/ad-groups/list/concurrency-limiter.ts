/**
 * At most `limit` tasks at a time; the rest wait in order. A waiting task whose signal
 * aborts (its row scrolled away, React Query cancelled it) leaves the queue unrun.
 */
export function createConcurrencyLimiter(limit: number) {
  let running = 0;
  const queue: { start: () => void; signal?: AbortSignal }[] = [];

  const next = () => {
    while (running < limit && queue.length > 0) {
      const waiting = queue.shift();
      if (waiting && !waiting.signal?.aborted) waiting.start();
    }
  };

  return {
    run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const entry = {
          signal,
          start: () => {
            running += 1;
            signal?.removeEventListener('abort', onAbort);
            task()
              .then(resolve, reject)
              .finally(() => {
                running -= 1;
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
      return running;
    },
    get waiting() {
      return queue.length;
    },
  };
}
