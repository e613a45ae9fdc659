import type { AdGroupDetail } from '../../api/contracts/ad-group';
import {
  OnOffRequest,
  PacingRequest,
  type BidAmountRequest,
  type DailyBudgetRequest,
} from '../../api/contracts/ad-group-requests';
import { checkName } from '../../api/rules/name';
import {
  validateBidChange,
  validateDailyBudgetChange,
  validateOnOff,
  validatePacingChange,
} from '../../api/rules/validate-partial';
import type { Violation } from '../../api/rules/violation';
import { existingFactsOf } from '../ad-groups/actions/facts';
import type { ChangeRecord, FieldChange } from '../../api/contracts/changes';

/** What an undo sends: the partial endpoint of the original change, or a full edit restoring fields. */
export type UndoRequest =
  | { endpoint: 'onOff'; body: OnOffRequest }
  | { endpoint: 'dailyBudget'; body: DailyBudgetRequest }
  | { endpoint: 'bidAmount'; body: BidAmountRequest }
  | { endpoint: 'pacing'; body: PacingRequest }
  | { endpoint: 'edit'; id: number; restore: Record<string, unknown> };

/** A field that changed again since: the three values the person chooses between. */
export interface UndoConflict {
  field: string;
  before: unknown;
  after: unknown;
  now: unknown;
}

export type NotUndoableReason = 'irreversible' | 'notApplied' | 'unsupported';

export type UndoPlan =
  | { status: 'ready'; request: UndoRequest }
  | { status: 'conflict'; request: UndoRequest; conflicts: UndoConflict[] }
  | { status: 'alreadyUndone' }
  | { status: 'refused'; violations: Violation[] }
  | { status: 'notUndoable'; reason: NotUndoableReason };

/** Kakao cannot bring back a deleted group or a cancelled contract; a create is undone by deleting, on purpose only. */
const IRREVERSIBLE = new Set(['create', 'delete', 'cancelContract']);

/** Full edits restore only these top-level fields; nested ones (targeting, schedule) go through the editor. */
const RESTORABLE_EDIT_FIELDS = new Set(['name', 'dailyBudgetAmount', 'bidAmount', 'pacing', 'adult']);

export function isUndoable(record: Pick<ChangeRecord, 'action' | 'outcome'>): boolean {
  return !IRREVERSIBLE.has(record.action) && record.outcome === 'applied';
}

/** Values compared as JSON: history stores what Kakao answered, scalars and small arrays. */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function readField(group: AdGroupDetail, field: string): unknown {
  return field.split('.').reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), group);
}

const asNumber = (value: unknown): number => (typeof value === 'number' ? value : Number.NaN);
const asText = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The request that puts `before` back, and the documented rules it must pass today. */
interface Planned {
  /** Missing only when the old value does not even have the request's shape; `violations` say why. */
  request?: UndoRequest;
  violations: Violation[];
}

function requestFor(record: ChangeRecord, id: number, group: AdGroupDetail): Planned | null {
  const facts = existingFactsOf(group);
  const before = (field: string) => record.changes.find((change) => change.field === field)?.before;
  switch (record.action) {
    case 'onOff': {
      const config = asText(before('config'));
      const body = OnOffRequest.safeParse({ id, config });
      const violations = validateOnOff(facts, config);
      return body.success ? { request: { endpoint: 'onOff', body: body.data }, violations } : { violations };
    }
    case 'dailyBudget': {
      const dailyBudgetAmount = asNumber(before('dailyBudgetAmount'));
      return { request: { endpoint: 'dailyBudget', body: { id, dailyBudgetAmount } }, violations: validateDailyBudgetChange(facts, dailyBudgetAmount) };
    }
    case 'bidAmount': {
      const bidAmount = asNumber(before('bidAmount'));
      return { request: { endpoint: 'bidAmount', body: { id, bidAmount } }, violations: validateBidChange(facts, bidAmount) };
    }
    case 'pacing': {
      const pacing = asText(before('pacing'));
      const body = PacingRequest.safeParse({ id, pacing });
      const violations = validatePacingChange(facts, pacing);
      return body.success ? { request: { endpoint: 'pacing', body: body.data }, violations } : { violations };
    }
    case 'edit': {
      if (!record.changes.every((change) => RESTORABLE_EDIT_FIELDS.has(change.field))) return null;
      const restore = Object.fromEntries(record.changes.map((change) => [change.field, change.before]));
      // The budget and bid of a full edit obey the same rules as the partial endpoints.
      const budget = 'dailyBudgetAmount' in restore ? asNumber(restore.dailyBudgetAmount) : undefined;
      const withBudget = budget === undefined ? facts : { ...facts, dailyBudgetAmount: budget };
      const violations = [
        ...('name' in restore ? checkName(asText(restore.name)) : []),
        ...(budget === undefined ? [] : validateDailyBudgetChange(facts, budget)),
        ...('bidAmount' in restore ? validateBidChange(withBudget, asNumber(restore.bidAmount)) : []),
        ...('pacing' in restore ? validatePacingChange(facts, asText(restore.pacing)) : []),
      ];
      return { request: { endpoint: 'edit', id, restore }, violations };
    }
    default:
      return null;
  }
}

/**
 * How to undo `record` on the group as it is `now`. A field already back at its old value
 * needs nothing; one that moved on since the change is a conflict the person decides, so an
 * undo never overwrites someone else's change silently.
 */
export function planUndo(record: ChangeRecord, now: AdGroupDetail): UndoPlan {
  if (IRREVERSIBLE.has(record.action)) return { status: 'notUndoable', reason: 'irreversible' };
  if (record.outcome !== 'applied') return { status: 'notUndoable', reason: 'notApplied' };
  const planned = record.adGroupId === null ? null : requestFor(record, record.adGroupId, now);
  if (!planned) return { status: 'notUndoable', reason: 'unsupported' };

  const current = (change: FieldChange) => readField(now, change.field);
  if (record.changes.every((change) => sameValue(current(change), change.before))) return { status: 'alreadyUndone' };
  if (planned.violations.length > 0 || !planned.request) return { status: 'refused', violations: planned.violations };
  const conflicts = record.changes
    .filter((change) => !sameValue(current(change), change.after))
    .map((change) => ({ field: change.field, before: change.before, after: change.after, now: current(change) }));
  return conflicts.length > 0 ? { status: 'conflict', request: planned.request, conflicts } : { status: 'ready', request: planned.request };
}
