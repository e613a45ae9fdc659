import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listChanges } from '../../server/history/change-repo';
import { openStore, type Store } from '../../server/store/store';
import { median } from './server-process';

/** How the seeded rows spread: 10 accounts × 20 campaigns × 50 groups, so ~100 rows a group over two years. */
const GROUPS = 10_000;
const GROUPS_PER_CAMPAIGN = 50;
const CAMPAIGNS_PER_ACCOUNT = 20;
const FIRST_ACCOUNT = 1_000;
const FIRST_CAMPAIGN = 20_000;
const BATCH = 100_000;
const TIMED_RUNS = 30;
export const HISTORY_GOAL_MS = 50;

/**
 * Rows n in [from, to), made by the database itself (generate_series): no million-row
 * round trip through Node. One every 63 s back from a fixed instant covers two years.
 * Values are the shape the recorder writes: one field's before → after, some refusals,
 * some bulk items.
 */
const SEED_SQL = `
  INSERT INTO change_records (at, user_name, ad_account_id, campaign_id, ad_group_id, ad_group_name, action, changes, outcome, detail_code, detail_msg, batch_id)
  SELECT
    timestamptz '2026-12-01T00:00:00Z' - n * interval '63 seconds',
    (ARRAY['김마케터', '이운영', 'shared token'])[1 + n % 3],
    ${FIRST_ACCOUNT} + (n % ${GROUPS}) / ${GROUPS_PER_CAMPAIGN * CAMPAIGNS_PER_ACCOUNT},
    ${FIRST_CAMPAIGN} + (n % ${GROUPS}) / ${GROUPS_PER_CAMPAIGN},
    n % ${GROUPS},
    '봄 기획전_광고그룹_' || (n % ${GROUPS}),
    (ARRAY['dailyBudget', 'bidAmount', 'onOff', 'pacing'])[1 + n % 4],
    jsonb_build_array(jsonb_build_object('field', 'dailyBudgetAmount', 'before', 10000 * (1 + n % 90), 'after', 10000 * (2 + n % 90))),
    CASE WHEN n % 50 = 0 THEN 'refused' ELSE 'applied' END,
    CASE WHEN n % 50 = 0 THEN 32021 END,
    CASE WHEN n % 50 = 0 THEN '일예산은 10,000원 이상 500,000,000원 이하로 입력해야 합니다.' END,
    CASE WHEN n % 20 = 0 THEN 'bench-batch-' || (n / 1000) END
  FROM generate_series($1::integer, $2::integer - 1) AS n`;

export interface HistoryBenchResult {
  engine: Store['engine'];
  rows: number;
  seedSeconds: number;
  /** First page (50) of one ad group, of its campaign, of its account: medians of TIMED_RUNS. */
  groupMs: number;
  groupMaxMs: number;
  campaignMs: number;
  accountMs: number;
  /** How PostgreSQL reads the group's page (EXPLAIN), e.g. "Index Scan using change_records_by_group". */
  plan: string;
  /** Table and indexes as the database counts them, scaled to a million rows. */
  bytesPerMillion: number;
  /** PGlite only: its whole folder (WAL, catalog…), scaled to a million rows. */
  folderBytesPerMillion?: number;
}

function folderBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const path = join(dir, entry.name);
    return sum + (entry.isDirectory() ? folderBytes(path) : statSync(path).size);
  }, 0);
}

async function timed(run: () => Promise<unknown>): Promise<number[]> {
  await run(); // warm the cache and the plan, as a server that has been up a while
  const times: number[] = [];
  for (let i = 0; i < TIMED_RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times;
}

/**
 * A bulk load as one would do it by hand: the secondary indexes (as the migrations made
 * them, read back from the catalog) are dropped, the rows written, the indexes built once.
 * Maintaining six indexes row by row made PGlite's seed ten times slower.
 */
async function seed(store: Store, rows: number): Promise<void> {
  const indexes = await store.query<{ name: string; definition: string }>(
    "SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE tablename = 'change_records' AND schemaname = current_schema() AND indexname <> 'change_records_pkey'",
  );
  for (const index of indexes) await store.query(`DROP INDEX ${index.name}`);
  for (let from = 0; from < rows; from += BATCH) {
    await store.transaction((tx) => tx.query(SEED_SQL, [from, Math.min(rows, from + BATCH)]));
  }
  for (const index of indexes) await store.query(index.definition);
  await store.query('ANALYZE change_records');
}

/** The plan's words for how the group's page is read: it must be a scan of the group index. */
async function groupPlan(store: Store, account: number, group: number): Promise<string> {
  const plan = await store.query<Record<string, string>>(
    'EXPLAIN SELECT id FROM change_records WHERE ad_account_id = $1 AND ad_group_id = $2 ORDER BY at DESC, id DESC LIMIT 51',
    [account, group],
  );
  const lines = plan.map((row) => Object.values(row)[0] ?? '');
  return lines.find((line) => /Index|Seq Scan/.test(line))?.replace(/^[\s>-]+/, '').replace(/\s+\(cost.*$/, '') ?? lines.join(' ');
}

async function measure(store: Store, rows: number): Promise<Omit<HistoryBenchResult, 'folderBytesPerMillion'>> {
  const seedStart = performance.now();
  await seed(store, rows);
  const seedSeconds = (performance.now() - seedStart) / 1000;

  // A group in the middle of the range: about rows / GROUPS records, newest first.
  const group = GROUPS / 2 + 7;
  const campaign = FIRST_CAMPAIGN + Math.floor(group / GROUPS_PER_CAMPAIGN);
  const account = FIRST_ACCOUNT + Math.floor(group / (GROUPS_PER_CAMPAIGN * CAMPAIGNS_PER_ACCOUNT));
  const page = await listChanges(store, { adAccountId: String(account), adGroupId: String(group) });
  if (page.content.length === 0) throw new Error('the seeded group has no history: the seed and the query disagree');
  const groupTimes = await timed(() => listChanges(store, { adAccountId: String(account), adGroupId: String(group) }));
  const campaignTimes = await timed(() => listChanges(store, { adAccountId: String(account), campaignId: String(campaign) }));
  const accountTimes = await timed(() => listChanges(store, { adAccountId: String(account) }));
  const plan = await groupPlan(store, account, group);
  const [size] = await store.query<{ bytes: string | number }>("SELECT pg_total_relation_size('change_records') AS bytes");
  return {
    engine: store.engine,
    rows,
    seedSeconds,
    groupMs: median(groupTimes),
    groupMaxMs: Math.max(...groupTimes),
    campaignMs: median(campaignTimes),
    accountMs: median(accountTimes),
    plan,
    bytesPerMillion: (Number(size?.bytes ?? 0) * 1_000_000) / rows,
  };
}

/** The embedded store in a fresh folder, removed afterwards. */
export async function benchPglite(rows: number): Promise<HistoryBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'history-bench-'));
  try {
    const store = await openStore({ dataDir: dir });
    try {
      const result = await measure(store, rows);
      await store.query('CHECKPOINT');
      return { ...result, folderBytesPerMillion: (folderBytes(dir) * 1_000_000) / rows };
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** PostgreSQL at `databaseUrl`, in a schema of its own that is dropped afterwards. */
export async function benchPostgres(databaseUrl: string, rows: number): Promise<HistoryBenchResult> {
  const schema = `bench_${randomBytes(6).toString('hex')}`;
  const store = await openStore({ databaseUrl, schema });
  try {
    return await measure(store, rows);
  } finally {
    await store.query(`DROP SCHEMA ${schema} CASCADE`).catch(() => undefined);
    await store.close();
  }
}
