import type { Messages } from './register-messages';

/** Flattened keys of a catalog, e.g. `grid.summary`; used by tests to keep ko and en in step. */
export function catalogKeys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : catalogKeys(value, `${prefix}${key}.`),
  );
}

/** Keys whose value is blank; a missing translation must fail a test, not ship. */
export function blankKeys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string'
      ? value.trim() === ''
        ? [`${prefix}${key}`]
        : []
      : blankKeys(value, `${prefix}${key}.`),
  );
}
