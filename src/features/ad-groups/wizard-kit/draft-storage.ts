/**
 * Drafts in localStorage, one per ad account, campaign and mode, so a create draft
 * never fills an edit form and one account's draft never shows in another's.
 */
export type DraftMode = 'create' | `edit:${number}` | `duplicate:${number}`;

export interface DraftScope {
  adAccountId: number;
  campaignId: number;
  mode: DraftMode;
}

export interface StoredDraft<T> {
  savedAt: number;
  values: T;
}

const PREFIX = 'moment-console:draft';

export function draftKey({ adAccountId, campaignId, mode }: DraftScope): string {
  return `${PREFIX}:${adAccountId}:${campaignId}:${mode}`;
}

/** Storage may be missing (private mode) or full; a draft is a convenience, never an error. */
function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function saveDraft<T>(scope: DraftScope, values: T, now: number): void {
  try {
    storage()?.setItem(draftKey(scope), JSON.stringify({ savedAt: now, values }));
  } catch {
    // Quota exceeded: keep working without a draft.
  }
}

/**
 * `parse` checks the stored values against the form's current shape: a draft written by
 * an older version of the app, or edited by hand, is dropped instead of crashing the form.
 */
export function loadDraft<T>(scope: DraftScope, parse: (raw: unknown) => T | null): StoredDraft<T> | null {
  const text = storage()?.getItem(draftKey(scope));
  if (!text) return null;
  try {
    const raw: unknown = JSON.parse(text);
    if (typeof raw !== 'object' || raw === null || !('savedAt' in raw) || !('values' in raw)) return null;
    const savedAt = typeof raw.savedAt === 'number' ? raw.savedAt : null;
    const values = parse(raw.values);
    return savedAt !== null && values !== null ? { savedAt, values } : null;
  } catch {
    return null;
  }
}

export function removeDraft(scope: DraftScope): void {
  try {
    storage()?.removeItem(draftKey(scope));
  } catch {
    // Nothing to do.
  }
}
