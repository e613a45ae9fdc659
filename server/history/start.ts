import type { ServerEnv, ServerMode } from '../env';
import { openStore } from '../store/store';
import type { Forward } from './group-reader';
import { reseed, startHistoryJobs, type HistoryOptions } from './service';

/** Who acts in shared-token mode: one token, one owner, whoever reaches the server. */
export const SHARED_TOKEN_USER = 'shared token';

export interface StartedHistory {
  options: HistoryOptions;
  /** The prune and re-check, once the app (and so the proxy) exists. */
  startJobs(forward: Forward, log: (line: string) => void): void;
  stop(): Promise<void>;
}

/** Opens the store (migrating it) and, in the sandbox, writes the demo history afresh. */
export async function startHistory(env: ServerEnv, mode: ServerMode): Promise<StartedHistory> {
  const store = await openStore(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : { dataDir: env.DATA_DIR });
  let options: HistoryOptions = { store, userOf: () => SHARED_TOKEN_USER, retentionDays: env.HISTORY_RETENTION_DAYS };
  if (mode === 'sandbox') {
    // Mock code is loaded only in the sandbox, as in main.ts.
    const { DEMO_USERS, SANDBOX_HISTORY } = await import('../../mocks/history-seed');
    options = { ...options, userOf: () => DEMO_USERS[0], seed: SANDBOX_HISTORY };
    await reseed(store, SANDBOX_HISTORY);
  }
  let stopJobs = () => undefined as void;
  return {
    options,
    startJobs(forward, log) {
      stopJobs = startHistoryJobs(options, forward, log);
    },
    async stop() {
      stopJobs();
      await store.close();
    },
  };
}
