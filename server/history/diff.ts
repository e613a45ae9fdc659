import type { FieldChange } from '../../src/api/contracts/changes';

type Json = FieldChange['after'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Equal as JSON, whatever the key order. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameJson(a[key], b[key]));
  }
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  return (a ?? null) === (b ?? null);
}

function asJson(value: unknown): Json {
  return value === undefined ? null : (value as Json);
}

/**
 * The field-by-field diff of a full edit: only the fields the request sends count (the
 * read group has many read-only ones). Objects are walked into dotted paths; an array
 * is one value, since its items have no stable identity.
 */
export function diffFields(before: unknown, after: Record<string, unknown>, prefix = ''): FieldChange[] {
  const old = isRecord(before) ? before : {};
  return Object.entries(after).flatMap(([key, value]) => {
    const field = `${prefix}${key}`;
    if (isRecord(value) && isRecord(old[key])) return diffFields(old[key], value, `${field}.`);
    return sameJson(old[key], value) ? [] : [{ field, before: asJson(old[key]), after: asJson(value) }];
  });
}

/** The value at a dotted path of `diffFields`, for the re-check and for undo. */
export function valueAt(source: unknown, field: string): unknown {
  return field.split('.').reduce<unknown>((value, key) => (isRecord(value) ? value[key] : undefined), source);
}
