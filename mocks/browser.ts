import { setupWorker } from 'msw/browser';
import { db } from './db';
import { createHandlers } from './handlers/index';
import { onSandboxReset } from './handlers/sandbox';

/** Where the demo keeps the mock world between page loads. */
export const SNAPSHOT_KEY = 'moment-console.mock-world';

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // private mode or blocked storage: the demo still works, just forgets
  }
}

/** A saved world from an earlier visit, if it is one this version can read. */
function restoreSnapshot(store: Storage): void {
  const saved = store.getItem(SNAPSHOT_KEY);
  if (saved === null) return;
  try {
    if (db.restore(JSON.parse(saved))) return;
  } catch {
    // unreadable JSON: fall through and drop it
  }
  store.removeItem(SNAPSHOT_KEY);
}

/**
 * The dev and demo mock: the same handlers as Vitest and the server's sandbox, served
 * by the service worker under `/api`. The world survives a reload (a snapshot after
 * every change); POST /api/__sandbox/reset forgets it.
 */
export async function startMockWorker(): Promise<void> {
  const store = storage();
  if (store) {
    restoreSnapshot(store);
    db.subscribe(() => {
      try {
        store.setItem(SNAPSHOT_KEY, JSON.stringify(db.snapshot()));
      } catch {
        // quota exceeded: keep running in memory
      }
    });
    onSandboxReset(() => store.removeItem(SNAPSHOT_KEY));
  }
  const worker = setupWorker(...createHandlers('/api'));
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
