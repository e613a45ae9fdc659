import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { loadDraft, removeDraft, saveDraft, type DraftScope, type StoredDraft } from './draft-storage';

export const DRAFT_DELAY_MS = 600;

/** When the last autosave happened, readable by a small component without re-rendering the form. */
export interface DraftStatusStore {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => number | null;
}

export interface DraftControls<T> {
  /** A stored draft waiting for "restore" or "discard"; autosave pauses until then. */
  offered: StoredDraft<T> | null;
  restore: () => void;
  discard: () => void;
  /** After a successful save: forget the draft and stop saving. */
  clear: () => void;
  status: DraftStatusStore;
}

export interface UseDraftOptions<T extends FieldValues> {
  form: Pick<UseFormReturn<T>, 'watch' | 'getValues' | 'reset'>;
  scope: DraftScope;
  parse: (raw: unknown) => T | null;
  delayMs?: number;
  now?: () => number;
}

function createStatusStore(): DraftStatusStore & { set: (savedAt: number | null) => void } {
  let value: number | null = null;
  const listeners = new Set<() => void>();
  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => value,
    set: (next) => {
      value = next;
      listeners.forEach((l) => l());
    },
  };
}

/**
 * Saves the form to localStorage as the user types (debounced, and at once when the page
 * goes away), and offers a stored draft back on return. It subscribes with `watch(cb)`,
 * which does not re-render the form. A draft exists only after user input: the app's own
 * setValue calls (defaults from a look-up) mark nothing, so opening and leaving a wizard,
 * or leaving it right after "discard", leaves no draft behind.
 */
export function useDraft<T extends FieldValues>({
  form,
  scope,
  parse,
  delayMs = DRAFT_DELAY_MS,
  now = Date.now,
}: UseDraftOptions<T>): DraftControls<T> {
  // The scope is fixed for a wizard's life: another account, campaign or mode remounts it.
  const [fixedScope] = useState(scope);
  const [offered, setOffered] = useState<StoredDraft<T> | null>(() => loadDraft(scope, parse));
  const [status] = useState(createStatusStore);
  const baseline = useRef(JSON.stringify(form.getValues()));
  const paused = useRef(offered !== null);
  // User input since the last save point (mount, discard); only then is there a draft to keep.
  const typed = useRef(false);
  const stopped = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (paused.current || stopped.current || !typed.current) return;
    const values = form.getValues();
    if (JSON.stringify(values) === baseline.current) return;
    const savedAt = now();
    saveDraft(fixedScope, values, savedAt);
    status.set(savedAt);
  }, [form, now, status, fixedScope]);

  useEffect(() => {
    const sub = form.watch((_values, info) => {
      // Only what the user does ('change' events from inputs and controllers) starts a
      // save; the app's own setValue calls (defaults from a look-up) do not.
      if (info.type !== 'change' || paused.current || stopped.current) return;
      typed.current = true;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, delayMs);
    });
    window.addEventListener('pagehide', flush);
    return () => {
      sub.unsubscribe();
      window.removeEventListener('pagehide', flush);
      // Leaving the wizard inside the app: keep what was typed.
      if (timer.current) flush();
    };
  }, [form, flush, delayMs]);

  const restore = useCallback(() => {
    if (!offered) return;
    paused.current = false;
    // keepDefaultValues: the restored values count as changes (leave guard, isDirty).
    form.reset(offered.values, { keepDefaultValues: true });
    setOffered(null);
  }, [form, offered]);

  const discard = useCallback(() => {
    removeDraft(fixedScope);
    paused.current = false;
    typed.current = false;
    setOffered(null);
  }, [fixedScope]);

  const clear = useCallback(() => {
    stopped.current = true;
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    removeDraft(fixedScope);
    status.set(null);
  }, [status, fixedScope]);

  return { offered, restore, discard, clear, status };
}

export function useDraftSavedAt(status: DraftStatusStore): number | null {
  return useSyncExternalStore(status.subscribe, status.getSnapshot, status.getSnapshot);
}
