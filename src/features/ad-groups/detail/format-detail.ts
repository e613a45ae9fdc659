import type { Schedule } from '../../../api/contracts/schedule';
import { DAY_KEYS } from '../../../api/contracts/schedule';
import { formatDate, formatDateTime } from '../../../i18n/format';

/**
 * Kakao writes times as `yyyy-MM-dd'T'HH:mm:ss`, sometimes with micro- or nanoseconds,
 * and without an offset: they are Korean time. Read them as such (else the browser's
 * zone would shift them), keeping milliseconds only, which every engine parses.
 * Anything unreadable gives null, and the page shows the text as it came.
 */
export function parseKakaoDateTime(value: string | null | undefined): Date | null {
  if (!value) return null;
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::(\d{2})(?:\.(\d+))?)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(value.trim());
  if (!match) return null;
  const [, date, hm = '00:00', seconds = '00', fraction = '', zone] = match;
  const millis = fraction.padEnd(3, '0').slice(0, 3);
  const parsed = new Date(`${date}T${hm}:${seconds}.${millis}${zone ?? '+09:00'}`);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}

export function formatKakaoDateTime(value: string | null | undefined, language: string): string | null {
  const date = parseKakaoDateTime(value);
  return date ? formatDateTime(date, language) : (value ?? null);
}

export function formatKakaoDate(value: string | null | undefined, language: string): string | null {
  const date = parseKakaoDateTime(value);
  return date ? formatDate(date, language) : (value ?? null);
}

/** "13:00:00" or "23:59:59.999999999" → "13:00" / "23:59": the schedule's hours and minutes. */
export function shortTime(value: string | null | undefined): string | null {
  if (!value) return null;
  const match = /^(\d{2}:\d{2})/.exec(value);
  return match ? match[1] : value;
}

/** Whether the schedule carries hour arrays at all (Message groups send none). */
export function hasHourArrays(schedule: Schedule | null | undefined): boolean {
  return DAY_KEYS.some((key) => (schedule?.[key]?.length ?? 0) > 0);
}

/** Whether `value` is one of `known`, so its translated label can be looked up. */
export function isKnown<T extends string>(known: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && known.some((k) => k === value);
}
