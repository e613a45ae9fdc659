import { benchPglite, benchPostgres, HISTORY_GOAL_MS, type HistoryBenchResult } from './history-store';

const MB = (bytes: number) => `${(bytes / 1_000_000).toFixed(0)} MB`;

/**
 * Seeds a million history rows (BENCH_HISTORY_ROWS to try fewer) on the embedded store,
 * and on PostgreSQL when DATABASE_URL is set, and times one ad group's first page.
 * Timings are reported next to the goal, not asserted: this machine is noisy.
 */
export async function reportHistoryStore(): Promise<void> {
  const rows = Number(process.env.BENCH_HISTORY_ROWS ?? 1_000_000);
  const results: HistoryBenchResult[] = [await benchPglite(rows)];
  if (process.env.DATABASE_URL) results.push(await benchPostgres(process.env.DATABASE_URL, rows));
  else console.log('\n(DATABASE_URL is not set: PostgreSQL skipped.)');
  console.log(`\nChange history, ${rows.toLocaleString('en')} rows (first page of 50, median of 30 after a warm-up)`);
  console.table(
    Object.fromEntries(
      results.map((r) => [
        r.engine,
        {
          'one ad group': `${r.groupMs.toFixed(1)} ms (max ${r.groupMaxMs.toFixed(1)})`,
          goal: `< ${HISTORY_GOAL_MS} ms`,
          campaign: `${r.campaignMs.toFixed(1)} ms`,
          account: `${r.accountMs.toFixed(1)} ms`,
          plan: r.plan,
          seeding: `${r.seedSeconds.toFixed(0)} s`,
          'table + indexes per 1M rows': MB(r.bytesPerMillion),
          'folder per 1M rows': r.folderBytesPerMillion === undefined ? '—' : MB(r.folderBytesPerMillion),
        },
      ]),
    ),
  );
}
