import { TRACKER_TERM } from '../../../api/rules/targeting';

export const DEFAULT_TRACKER_TERM = 30;

/** A whole number of days within TrackerTargeting.term's bounds (1–180), else null. */
export function parseTrackerTerm(input: string | number): number | null {
  const n = typeof input === 'number' ? input : Number(String(input).trim());
  if (String(input).trim() === '' || !Number.isInteger(n)) return null;
  return n >= TRACKER_TERM.min && n <= TRACKER_TERM.max ? n : null;
}

export { TRACKER_TERM };
