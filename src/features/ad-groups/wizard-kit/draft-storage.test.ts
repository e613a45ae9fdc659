import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftKey, loadDraft, removeDraft, saveDraft, type DraftScope } from './draft-storage';

const store = new Map<string, string>();
const fakeStorage = {
  getItem: (k: string) => store.get(k) ?? null,
  setItem: (k: string, v: string) => void store.set(k, v),
  removeItem: (k: string) => void store.delete(k),
};

const scope: DraftScope = { adAccountId: 1, campaignId: 2, mode: 'create' };
const parseName = (raw: unknown) =>
  typeof raw === 'object' && raw !== null && 'name' in raw && typeof raw.name === 'string' ? { name: raw.name } : null;

beforeEach(() => {
  store.clear();
  Object.defineProperty(globalThis, 'localStorage', { value: fakeStorage, configurable: true });
});
afterEach(() => {
  Reflect.deleteProperty(globalThis, 'localStorage');
});

describe('draft storage', () => {
  it('keys drafts per account, campaign and mode', () => {
    expect(draftKey(scope)).not.toBe(draftKey({ ...scope, mode: 'edit:5' }));
    expect(draftKey(scope)).not.toBe(draftKey({ ...scope, adAccountId: 9 }));
    expect(draftKey(scope)).not.toBe(draftKey({ ...scope, campaignId: 9 }));
  });

  it('round-trips a draft with its time', () => {
    saveDraft(scope, { name: 'a' }, 1234);
    expect(loadDraft(scope, parseName)).toEqual({ savedAt: 1234, values: { name: 'a' } });
    expect(loadDraft({ ...scope, mode: 'duplicate:3' }, parseName)).toBeNull();
  });

  it('drops a draft that no longer fits the form, or is not JSON', () => {
    store.set(draftKey(scope), JSON.stringify({ savedAt: 1, values: { name: 5 } }));
    expect(loadDraft(scope, parseName)).toBeNull();
    store.set(draftKey(scope), '{oops');
    expect(loadDraft(scope, parseName)).toBeNull();
  });

  it('removes a draft', () => {
    saveDraft(scope, { name: 'a' }, 1);
    removeDraft(scope);
    expect(loadDraft(scope, parseName)).toBeNull();
  });
});
