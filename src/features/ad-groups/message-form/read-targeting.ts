import { TargetingRequest, type Targeting } from '../../../api/contracts/targeting';
import { emptyTargeting } from '../../targeting/model/targeting-value';

function dropNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropNulls);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => [k, dropNulls(v)]),
  );
}

/**
 * A group's targeting as read → as sent. The read is lenient (nulls, open enums,
 * read-only keys); a key the request cannot carry is left out rather than failing the
 * whole form, and a required selection falls back to ALL.
 */
export function targetingFromRead(read: Targeting | null | undefined): TargetingRequest {
  const base: Record<string, unknown> = { ...emptyTargeting() };
  const cleaned = dropNulls(read ?? {});
  let candidate: Record<string, unknown> = { ...base, ...(typeof cleaned === 'object' ? cleaned : {}) };
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const parsed = TargetingRequest.safeParse(candidate);
    if (parsed.success) return parsed.data;
    const bad = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
    candidate = Object.fromEntries(
      Object.entries(candidate)
        .filter(([k]) => !bad.has(k) || k in base)
        .map(([k, v]) => [k, bad.has(k) ? base[k] : v]),
    );
  }
  return emptyTargeting();
}
