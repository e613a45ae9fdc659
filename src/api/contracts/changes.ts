import { z } from 'zod';
import { lenientEnum } from './lenient';

// The console's own change history (issue 11): what GET /console/changes answers. Not
// Kakao's wire format: the server writes these records, so they are parsed leniently
// like every response, and a new action or outcome never breaks the history page.

/** One recorded mutation kind per forwarded Kakao endpoint. An undo keeps its action and sets `undoOf`. */
export const CHANGE_ACTIONS = [
  'create', // POST /adGroups
  'edit', // PUT /adGroups (full edit: `changes` is the field-by-field diff)
  'onOff', // PUT /adGroups/onOff
  'dailyBudget', // PUT /adGroups/dailyBudgetAmount
  'bidAmount', // PUT /adGroups/bidAmount
  'pacing', // PUT /adGroups/pacing
  'delete', // DELETE /adGroups/{id}
  'cancelContract', // PUT /adGroups/cancel/{id}
] as const;
export type ChangeAction = (typeof CHANGE_ACTIONS)[number];

/**
 * applied: Kakao answered 2xx. refused: Kakao answered its error envelope (detailCode,
 * detailMsg set). unknown: no usable answer (timeout, unreachable); the server re-reads
 * the group later and turns it into applied or refused.
 */
export const CHANGE_OUTCOMES = ['applied', 'refused', 'unknown'] as const;
export type ChangeOutcome = (typeof CHANGE_OUTCOMES)[number];

/**
 * One changed field. `field` is a dotted path into the ad group as GET /adGroups/{id}
 * answers it (e.g. `dailyBudgetAmount`, `targeting.ages`, `schedule.mondayTime`).
 * `before` is null for a create; `after` is null for a delete.
 */
export const FieldChange = z.looseObject({
  field: z.string(),
  before: z.json().nullable(),
  after: z.json().nullable(),
});
export type FieldChange = z.infer<typeof FieldChange>;

export const ChangeRecord = z.looseObject({
  /** Opaque; pass it back as `X-Console-Undo-Of` to undo this change. */
  id: z.string(),
  /** ISO 8601 in UTC (`…Z`); the UI shows it in Asia/Seoul. */
  at: z.string(),
  /** Display name: a signed-in user's, "shared token", or a sandbox demo user's. */
  user: z.string(),
  adAccountId: z.number(),
  /** Null only when the server could not learn them (a refused create has no group id). */
  campaignId: z.number().nullable(),
  adGroupId: z.number().nullable(),
  adGroupName: z.string().nullable(),
  action: lenientEnum(CHANGE_ACTIONS),
  changes: z.array(FieldChange),
  outcome: lenientEnum(CHANGE_OUTCOMES),
  /** Kakao's extras.detailCode / detailMsg when refused. */
  detailCode: z.number().optional(),
  detailMsg: z.string().optional(),
  /** The `X-Console-Batch-Id` the request carried: every item of one bulk action or one bulk undo. */
  batchId: z.string().optional(),
  /** The change this one undoes (`X-Console-Undo-Of`). */
  undoOf: z.string().optional(),
});
export type ChangeRecord = z.infer<typeof ChangeRecord>;

/** Newest first. `next` is an opaque cursor for the following page; null on the last one. */
export const ChangesPage = z.looseObject({
  content: z.array(ChangeRecord),
  next: z.string().nullable(),
});
export type ChangesPage = z.infer<typeof ChangesPage>;

const DigitId = z.string().regex(/^\d+$/);
/** A UTC instant, e.g. `2026-05-01T00:00:00Z` or with an offset (`+09:00`). */
const Instant = z.iso.datetime({ offset: true });

/**
 * The query string of GET /console/changes. All filters combine with AND; `since` is
 * inclusive and `until` exclusive. The cursor stays valid while new rows arrive: a page
 * never repeats or skips a row. `limit` defaults to 50.
 */
export const ChangesQuery = z.object({
  adAccountId: DigitId,
  campaignId: DigitId.optional(),
  adGroupId: DigitId.optional(),
  user: z.string().min(1).optional(),
  action: z.enum(CHANGE_ACTIONS).optional(),
  since: Instant.optional(),
  until: Instant.optional(),
  batchId: z.string().min(1).optional(),
  cursor: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});
export type ChangesQuery = z.infer<typeof ChangesQuery>;

/** Request headers a mutation may carry; the server strips them before Kakao. */
export const BATCH_ID_HEADER = 'X-Console-Batch-Id';
export const UNDO_OF_HEADER = 'X-Console-Undo-Of';
/** Response header on every recorded mutation: the new record's id. */
export const CHANGE_ID_HEADER = 'X-Console-Change-Id';
