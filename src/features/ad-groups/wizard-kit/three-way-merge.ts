/**
 * Kakao has no version field, so an edit wizard's full PUT would silently restore whatever
 * another tab changed since the form was loaded. Before the PUT the wizard re-reads the
 * group and merges three form-shaped values: `base` (what the form was loaded from),
 * `mine` (the form now) and `theirs` (the fresh read).
 * - changed only elsewhere → theirs is kept;
 * - changed only here → mine;
 * - changed both ways, differently → a conflict the user decides.
 * Plain objects (targeting) merge key by key; arrays and the grid are one value each.
 */
export type MergeSide = 'mine' | 'theirs';

export interface MergeConflict {
  /** Dotted form path, e.g. `name` or `targeting.ages`. */
  path: string;
  mine: unknown;
  theirs: unknown;
}

export interface MergeResult<T> {
  /** Mine where only I changed, theirs where only they did; conflicts hold mine until chosen. */
  merged: T;
  conflicts: MergeConflict[];
  /** Paths that took the other tab's value. */
  takenFromTheirs: string[];
}

const asRecord = (value: object): Record<string, unknown> => Object.fromEntries(Object.entries(value));

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep equality of JSON-like values; key order does not matter. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => sameValue(a[k], b[k]));
  }
  return false;
}

interface Acc {
  conflicts: MergeConflict[];
  takenFromTheirs: string[];
}

function mergeValue(base: unknown, mine: unknown, theirs: unknown, path: string, acc: Acc): unknown {
  if (sameValue(mine, theirs) || sameValue(theirs, base)) return mine;
  if (sameValue(mine, base)) {
    acc.takenFromTheirs.push(path);
    return theirs;
  }
  if (isPlainObject(base) && isPlainObject(mine) && isPlainObject(theirs)) return mergeObject(base, mine, theirs, path, acc);
  acc.conflicts.push({ path, mine, theirs });
  return mine;
}

function mergeObject(
  base: Record<string, unknown>,
  mine: Record<string, unknown>,
  theirs: Record<string, unknown>,
  prefix: string,
  acc: Acc,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
    const value = mergeValue(base[key], mine[key], theirs[key], prefix ? `${prefix}.${key}` : key, acc);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

export function threeWayMerge<T extends object>(base: T, mine: T, theirs: T): MergeResult<T> {
  const acc: Acc = { conflicts: [], takenFromTheirs: [] };
  const merged = mergeObject(asRecord(base), asRecord(mine), asRecord(theirs), '', acc);
  // Same keys as the inputs: every form field is present in all three.
  return { merged: merged as T, conflicts: acc.conflicts, takenFromTheirs: acc.takenFromTheirs };
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const [head, ...rest] = path;
  if (rest.length === 0) return { ...target, [head]: value };
  const inner = target[head];
  return { ...target, [head]: setPath(isPlainObject(inner) ? inner : {}, rest, value) };
}

/** The merge with each conflict decided: `theirs` puts the other tab's value at its path. */
export function applyChoices<T extends object>(result: MergeResult<T>, choices: Readonly<Record<string, MergeSide>>): T {
  let out = asRecord(result.merged);
  for (const c of result.conflicts) {
    if (choices[c.path] === 'theirs') out = setPath(out, c.path.split('.'), c.theirs);
  }
  return out as T;
}
