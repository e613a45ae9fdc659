import { TargetingRequest, type Targeting } from '../../../api/contracts/targeting';
import { emptyTargeting } from './targeting-value';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

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
 * An ad group's targeting as read → as sent. The read side is lenient (nulls, open
 * enums, read-only keys such as `ufoDeprecatedInterests`); the request contract keeps the
 * keys it knows. A key Kakao sends in a shape the request cannot carry is left out
 * rather than failing the whole form; the PUT then omits it, as the edit table allows
 * for optional targeting keys.
 */
export function targetingFromRead(read: Targeting | null | undefined): TargetingRequest {
  const base: Record<string, unknown> = { ...emptyTargeting() };
  const cleaned = dropNulls(read ?? {});
  let candidate: Record<string, unknown> = { ...base, ...(isRecord(cleaned) ? cleaned : {}) };
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const parsed = TargetingRequest.safeParse(candidate);
    if (parsed.success) return parsed.data;
    const bad = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
    // A required key falls back to "all"; an optional one is left out.
    candidate = Object.fromEntries(
      Object.entries(candidate)
        .filter(([k]) => !bad.has(k) || k in base)
        .map(([k, v]) => [k, bad.has(k) ? base[k] : v]),
    );
  }
  return emptyTargeting();
}
