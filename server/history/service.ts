import type { Context, Hono } from 'hono';
import { mutationGuard } from '../csrf';
import { bodySizeLimit, type AppEnv } from '../security';
import type { Store } from '../store/store';
import { clearChanges, insertChanges, pruneChanges, type NewChange } from './change-repo';
import type { Forward } from './group-reader';
import { recordChanges } from './recorder';
import { recheckUnknown } from './recheck';
import { createHistoryRoutes } from './routes';

export interface HistoryOptions {
  store: Store;
  /** Who acts on this request (see the sign-in issue's modes). */
  userOf: (c: Context<AppEnv>) => string;
  /** HISTORY_RETENTION_DAYS. */
  retentionDays: number;
  /** Sandbox only: the demo history, written at start and again on "reset demo". */
  seed?: SandboxSeed;
}

export interface SandboxSeed {
  /** A reset clears only these accounts' rows: a store shared with live data keeps it. */
  adAccountIds: readonly number[];
  records: (now: Date) => NewChange[];
}

const DAY_MS = 86_400_000;
const RECHECK_MS = 60_000;

/**
 * Mounts the recorder in front of the /api proxy and the /console routes. Call it
 * before `app.route('/api', proxy)`: hono runs handlers in the order they were added.
 */
export function mountHistory(app: Hono<AppEnv>, options: HistoryOptions, forward: Forward, log: (line: string) => void): void {
  // The guards run before the pre-read too, so a forged request costs Kakao nothing.
  app.use('/api/*', mutationGuard(), bodySizeLimit(), recordChanges({ store: options.store, userOf: options.userOf, forward, log }));
  if (options.seed !== undefined) {
    const seed = options.seed;
    app.use('/api/__sandbox/reset', async (c, next) => {
      await next();
      if (c.res.ok) await reseed(options.store, seed);
    });
  }
  app.route('/console', createHistoryRoutes(options.store));
}

export async function reseed(store: Store, seed: SandboxSeed): Promise<void> {
  await store.transaction(async (tx) => {
    await clearChanges(tx, seed.adAccountIds);
    const rows = seed.records(new Date());
    // Bound the statement's parameters (13 per row; PostgreSQL allows 65,535).
    for (let i = 0; i < rows.length; i += 500) await insertChanges(tx, rows.slice(i, i + 500));
  });
}

/** The daily prune and the re-check of unknown outcomes, in the server: no cron. Returns the stop function. */
export function startHistoryJobs(options: HistoryOptions, forward: Forward, log: (line: string) => void): () => void {
  const prune = () =>
    pruneChanges(options.store, options.retentionDays, new Date())
      .then((count) => count > 0 && log(`[history] pruned ${count} records older than ${options.retentionDays} days`))
      .catch((error: unknown) => log(`[history] prune failed: ${error instanceof Error ? error.message : String(error)}`));
  const recheck = () =>
    recheckUnknown(options.store, forward, new Date()).catch((error: unknown) =>
      log(`[history] re-check failed: ${error instanceof Error ? error.message : String(error)}`),
    );
  void prune();
  const timers = [setInterval(prune, DAY_MS), setInterval(recheck, RECHECK_MS)];
  for (const timer of timers) timer.unref();
  return () => timers.forEach(clearInterval);
}
