import { z } from 'zod';
import { CHANGE_ACTIONS, type ChangeAction } from '../../api/contracts/changes';

/**
 * A history page's filters in the URL (`?user=김마케터&action=dailyBudget&since=2026-11-01`),
 * defaults left out, so a shared link shows the same view. Dates are days in Asia/Seoul.
 */
export interface HistorySearch {
  user?: string;
  action?: ChangeAction;
  adGroupId?: number;
  since?: string;
  until?: string;
}

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Text = z.union([z.string(), z.number()]).transform((v) => String(v).trim().slice(0, 100));
const Id = z.union([z.string(), z.number()]).transform(String).pipe(z.string().regex(/^[1-9]\d{0,15}$/)).transform(Number);

/** Never throws: a hand-edited URL loses only the parts that make no sense. */
export function validateHistorySearch(raw: Record<string, unknown>): HistorySearch {
  const user = Text.safeParse(raw.user);
  const action = z.enum(CHANGE_ACTIONS).safeParse(raw.action);
  const adGroupId = Id.safeParse(raw.adGroupId);
  const since = Day.safeParse(raw.since);
  const until = Day.safeParse(raw.until);
  return {
    ...(user.success && user.data !== '' ? { user: user.data } : {}),
    ...(action.success ? { action: action.data } : {}),
    ...(adGroupId.success ? { adGroupId: adGroupId.data } : {}),
    ...(since.success ? { since: since.data } : {}),
    ...(until.success ? { until: until.data } : {}),
  };
}

/** A Seoul day's start as an instant (the server's `since`, inclusive). */
export function seoulDayStart(day: string): string {
  return new Date(`${day}T00:00:00+09:00`).toISOString();
}

/** The start of the next Seoul day: the server's `until` is exclusive, and the filter's "to" includes its day. */
export function seoulDayEnd(day: string): string {
  return new Date(new Date(`${day}T00:00:00+09:00`).getTime() + 86_400_000).toISOString();
}
