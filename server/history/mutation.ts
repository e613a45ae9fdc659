import type { ChangeAction, FieldChange } from '../../src/api/contracts/changes';
import { diffFields } from './diff';

type Json = FieldChange['after'];

/** The forwarded ad-group mutations, by method and path (after /api). */
export interface Mutation {
  action: ChangeAction;
  /** Known before forwarding, except for a create (Kakao's answer gives it). */
  adGroupId: number | null;
  /** The one field a partial edit changes. */
  field?: string;
}

const PARTIAL_FIELDS: Record<string, { action: ChangeAction; field: string }> = {
  onOff: { action: 'onOff', field: 'config' },
  dailyBudgetAmount: { action: 'dailyBudget', field: 'dailyBudgetAmount' },
  bidAmount: { action: 'bidAmount', field: 'bidAmount' },
  pacing: { action: 'pacing', field: 'pacing' },
};

function idOf(value: unknown): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : null;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Null for anything that is not a recorded mutation (reads, look-ups, the sandbox reset). */
export function mutationOf(method: string, path: string, body: unknown): Mutation | null {
  const sent = record(body);
  if (path === '/adGroups') {
    if (method === 'POST') return { action: 'create', adGroupId: null };
    if (method === 'PUT') return { action: 'edit', adGroupId: idOf(sent.id) };
    return null;
  }
  const partial = /^\/adGroups\/(onOff|dailyBudgetAmount|bidAmount|pacing)$/.exec(path);
  if (partial && method === 'PUT') {
    const kind = PARTIAL_FIELDS[partial[1] as string];
    return kind ? { ...kind, adGroupId: idOf(sent.id) } : null;
  }
  const deleted = /^\/adGroups\/(\d+)$/.exec(path);
  if (deleted && method === 'DELETE') return { action: 'delete', adGroupId: Number(deleted[1]) };
  const cancelled = /^\/adGroups\/cancel\/(\d+)$/.exec(path);
  if (cancelled && method === 'PUT') return { action: 'cancelContract', adGroupId: Number(cancelled[1]) };
  return null;
}

/** Before → after, from the group as read right before forwarding (null: it could not be read). */
export function changesOf(mutation: Mutation, before: unknown, body: unknown): FieldChange[] {
  const sent = record(body);
  const old = record(before);
  if (mutation.field !== undefined) {
    // One entry even when the value is sent unchanged: the call still happened.
    const field = mutation.field;
    return [{ field, before: (old[field] ?? null) as Json, after: (sent[field] ?? null) as Json }];
  }
  const { id: _id, campaign: _campaign, ...fields } = sent;
  if (mutation.action === 'create') return diffFields({}, fields);
  if (mutation.action === 'edit') return diffFields(old, fields);
  return []; // delete and cancel contract change the whole group, not a field
}
