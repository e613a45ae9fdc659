import { z } from 'zod';
import { ChangeRecord, type ChangesPage, type ChangesQuery, type FieldChange } from '../../src/api/contracts/changes';
import type { SqlClient } from '../store/store';

// Strict, not loose: Omit over a loose object's index signature would erase every key.
export const NewChange = z.object(ChangeRecord.shape).omit({ id: true });
/** What the recorder writes; `id` comes from the database. */
export type NewChange = z.infer<typeof NewChange>;

const DEFAULT_LIMIT = 50;

interface Row {
  id: string | number;
  at: Date | string;
  user_name: string;
  ad_account_id: string | number;
  campaign_id: string | number | null;
  ad_group_id: string | number | null;
  ad_group_name: string | null;
  action: string;
  changes: FieldChange[];
  outcome: string;
  detail_code: number | null;
  detail_msg: string | null;
  batch_id: string | null;
  undo_of: string | number | null;
}

// pg answers bigint as a string, PGlite as a number: both become numbers (ids stay below 2^53).
const numberOrNull = (value: string | number | null) => (value === null ? null : Number(value));

function toRecord(row: Row): ChangeRecord {
  return {
    id: String(row.id),
    at: new Date(row.at).toISOString(),
    user: row.user_name,
    adAccountId: Number(row.ad_account_id),
    campaignId: numberOrNull(row.campaign_id),
    adGroupId: numberOrNull(row.ad_group_id),
    adGroupName: row.ad_group_name,
    action: row.action,
    changes: row.changes,
    outcome: row.outcome,
    ...(row.detail_code === null ? {} : { detailCode: row.detail_code }),
    ...(row.detail_msg === null ? {} : { detailMsg: row.detail_msg }),
    ...(row.batch_id === null ? {} : { batchId: row.batch_id }),
    ...(row.undo_of === null ? {} : { undoOf: String(row.undo_of) }),
  };
}

const COLUMNS =
  'at, user_name, ad_account_id, campaign_id, ad_group_id, ad_group_name, action, changes, outcome, detail_code, detail_msg, batch_id, undo_of';

function valuesOf(change: NewChange): unknown[] {
  return [
    change.at,
    change.user,
    change.adAccountId,
    change.campaignId,
    change.adGroupId,
    change.adGroupName,
    change.action,
    JSON.stringify(change.changes),
    change.outcome,
    change.detailCode ?? null,
    change.detailMsg ?? null,
    change.batchId ?? null,
    change.undoOf === undefined || !/^\d+$/.test(change.undoOf) ? null : change.undoOf,
  ];
}

export async function insertChange(db: SqlClient, change: NewChange): Promise<string> {
  const placeholders = valuesOf(change).map((_, i) => `$${i + 1}`);
  const rows = await db.query<{ id: string | number }>(
    `INSERT INTO change_records (${COLUMNS}) VALUES (${placeholders.join(', ')}) RETURNING id`,
    valuesOf(change),
  );
  return String(rows[0]?.id);
}

/** Many rows in one statement: the sandbox seed and the benchmark. */
export async function insertChanges(db: SqlClient, changes: readonly NewChange[]): Promise<void> {
  if (changes.length === 0) return;
  const width = valuesOf(changes[0] as NewChange).length;
  const rows = changes.map((_, r) => `(${Array.from({ length: width }, (_, c) => `$${r * width + c + 1}`).join(', ')})`);
  await db.query(`INSERT INTO change_records (${COLUMNS}) VALUES ${rows.join(', ')}`, changes.flatMap(valuesOf));
}

/** The cursor is the last row's (at, id): new rows sort before it, so pages never shift. */
function encodeCursor(record: ChangeRecord): string {
  return Buffer.from(`${record.at}|${record.id}`, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): { at: string; id: string } | null {
  const [at, id, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (rest.length > 0 || at === undefined || id === undefined || !/^\d+$/.test(id) || Number.isNaN(Date.parse(at))) {
    return null;
  }
  return { at, id };
}

export class BadCursorError extends Error {}

export async function listChanges(db: SqlClient, query: ChangesQuery): Promise<ChangesPage> {
  const params: unknown[] = [];
  const where: string[] = [];
  const add = (sql: (p: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  add((p) => `ad_account_id = ${p}`, query.adAccountId);
  if (query.campaignId !== undefined) add((p) => `campaign_id = ${p}`, query.campaignId);
  if (query.adGroupId !== undefined) add((p) => `ad_group_id = ${p}`, query.adGroupId);
  if (query.user !== undefined) add((p) => `user_name = ${p}`, query.user);
  if (query.action !== undefined) add((p) => `action = ${p}`, query.action);
  if (query.batchId !== undefined) add((p) => `batch_id = ${p}`, query.batchId);
  if (query.since !== undefined) add((p) => `at >= ${p}`, query.since);
  if (query.until !== undefined) add((p) => `at < ${p}`, query.until);
  if (query.cursor !== undefined) {
    const cursor = decodeCursor(query.cursor);
    if (cursor === null) throw new BadCursorError('Bad cursor');
    params.push(cursor.at, cursor.id);
    where.push(`(at, id) < ($${params.length - 1}::timestamptz, $${params.length}::bigint)`);
  }
  const limit = query.limit ?? DEFAULT_LIMIT;
  // One row more than asked tells whether there is a next page.
  params.push(limit + 1);
  const rows = await db.query<Row>(
    `SELECT id, ${COLUMNS} FROM change_records WHERE ${where.join(' AND ')} ORDER BY at DESC, id DESC LIMIT $${params.length}`,
    params,
  );
  const content = rows.slice(0, limit).map(toRecord);
  const last = content.at(-1);
  return { content, next: rows.length > limit && last !== undefined ? encodeCursor(last) : null };
}

export async function findChange(db: SqlClient, id: string): Promise<ChangeRecord | null> {
  if (!/^\d+$/.test(id)) return null;
  const rows = await db.query<Row>(`SELECT id, ${COLUMNS} FROM change_records WHERE id = $1`, [id]);
  return rows[0] === undefined ? null : toRecord(rows[0]);
}

/** Unknown outcomes made in [since, before), oldest first, for the re-check. */
export async function unknownChanges(db: SqlClient, since: Date, before: Date, limit: number): Promise<ChangeRecord[]> {
  const rows = await db.query<Row>(
    `SELECT id, ${COLUMNS} FROM change_records WHERE outcome = 'unknown' AND at >= $1 AND at < $2 ORDER BY at LIMIT $3`,
    [since.toISOString(), before.toISOString(), limit],
  );
  return rows.map(toRecord);
}

export async function settleChange(db: SqlClient, id: string, outcome: 'applied' | 'refused'): Promise<void> {
  await db.query(`UPDATE change_records SET outcome = $1 WHERE id = $2 AND outcome = 'unknown'`, [outcome, id]);
}

/** Retention: removes records older than `days` before `now`; returns how many. */
export async function pruneChanges(db: SqlClient, days: number, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
  const rows = await db.query<{ n: string | number }>(
    'WITH gone AS (DELETE FROM change_records WHERE at < $1 RETURNING 1) SELECT count(*) AS n FROM gone',
    [cutoff],
  );
  return Number(rows[0]?.n ?? 0);
}

/** Removes every record of these ad accounts (the sandbox's reset; tests). */
export async function clearChanges(db: SqlClient, adAccountIds: readonly number[]): Promise<void> {
  await db.query('DELETE FROM change_records WHERE ad_account_id = ANY($1::bigint[])', [adAccountIds]);
}
