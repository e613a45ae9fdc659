import { act, renderHook } from '@testing-library/react';
import { useForm } from 'react-hook-form';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { draftKey, saveDraft, type DraftScope } from './draft-storage';
import { useDraft } from './use-draft';

const scope: DraftScope = { adAccountId: 1, campaignId: 2, mode: 'create' };
type Values = { name: string };
const parse = (raw: unknown): Values | null =>
  typeof raw === 'object' && raw !== null && 'name' in raw && typeof raw.name === 'string' ? { name: raw.name } : null;

function setup() {
  return renderHook(() => {
    const form = useForm<Values>({ defaultValues: { name: 'start' } });
    const draft = useDraft({ form, scope, parse, delayMs: 100, now: () => 42 });
    return { form, draft };
  });
}

/** A user's keystroke: RHF reports it as a 'change' event, unlike the app's setValue. */
async function type(form: ReturnType<typeof useForm<Values>>, value: string) {
  await act(async () => {
    await form.register('name').onChange({ target: { name: 'name', value }, type: 'change' });
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  localStorage.clear();
});
afterEach(() => vi.useRealTimers());

describe('useDraft', () => {
  it('saves what the user types after a pause, and not the app’s own changes', async () => {
    const { result } = setup();
    act(() => result.current.form.setValue('name', 'from a look-up'));
    act(() => vi.advanceTimersByTime(200));
    expect(localStorage.getItem(draftKey(scope))).toBeNull();
    await type(result.current.form, 'typed');
    expect(localStorage.getItem(draftKey(scope))).toBeNull();
    act(() => vi.advanceTimersByTime(150));
    expect(JSON.parse(localStorage.getItem(draftKey(scope)) ?? '{}')).toEqual({ savedAt: 42, values: { name: 'typed' } });
    expect(result.current.draft.status.getSnapshot()).toBe(42);
  });

  it('offers a stored draft; restore fills the form, and autosave waits until then', async () => {
    saveDraft(scope, { name: 'from yesterday' }, 7);
    const { result } = setup();
    expect(result.current.draft.offered).toEqual({ savedAt: 7, values: { name: 'from yesterday' } });
    await type(result.current.form, 'new');
    act(() => vi.advanceTimersByTime(150));
    expect(JSON.parse(localStorage.getItem(draftKey(scope)) ?? '{}').values).toEqual({ name: 'from yesterday' });
    act(() => result.current.draft.restore());
    expect(result.current.form.getValues('name')).toBe('from yesterday');
    expect(result.current.draft.offered).toBeNull();
  });

  it('discard deletes the stored draft; clear stops saving for good', async () => {
    saveDraft(scope, { name: 'old' }, 7);
    const { result } = setup();
    act(() => result.current.draft.discard());
    expect(localStorage.getItem(draftKey(scope))).toBeNull();
    act(() => result.current.draft.clear());
    await type(result.current.form, 'after save');
    act(() => vi.advanceTimersByTime(150));
    expect(localStorage.getItem(draftKey(scope))).toBeNull();
  });

  it('leaves no draft when the page goes away without user input, even after the app’s own setValue', () => {
    const { result } = setup();
    act(() => result.current.form.setValue('name', 'from a look-up'));
    act(() => void window.dispatchEvent(new Event('pagehide')));
    expect(localStorage.getItem(draftKey(scope))).toBeNull();
  });

  it('after discard, the page going away writes no draft until the user types again', async () => {
    saveDraft(scope, { name: 'old' }, 7);
    const { result } = setup();
    act(() => result.current.draft.discard());
    act(() => result.current.form.setValue('name', 'from a look-up'));
    act(() => void window.dispatchEvent(new Event('pagehide')));
    expect(localStorage.getItem(draftKey(scope))).toBeNull();
    await type(result.current.form, 'typed after discard');
    act(() => void window.dispatchEvent(new Event('pagehide')));
    expect(JSON.parse(localStorage.getItem(draftKey(scope)) ?? '{}').values).toEqual({ name: 'typed after discard' });
  });
});
