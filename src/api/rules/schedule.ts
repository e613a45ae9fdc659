import { violation, type Violation } from './violation';

/**
 * Dates are 'yyyy-MM-dd' strings, compared as strings (that order is the calendar's).
 * Every function takes `today` from the caller, who computes it in Asia/Seoul, so the
 * rules stay pure and testable.
 */
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)(:([0-5]\d)(\.\d+)?)?$/;

export const DISPLAY_BEGIN_MONTHS_AHEAD = 6;
/** Message groups: "automatically set for up to 30 days from the designated start date". */
export const MESSAGE_ACTIVE_DAYS = 30;
export const HOURS_PER_DAY = 24;

function toUtc(date: string): Date | null {
  const m = DATE_RE.exec(date);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === date ? d : null;
}

export function isValidDate(date: string): boolean {
  return toUtc(date) !== null;
}

export function isValidTime(time: string): boolean {
  return TIME_RE.test(time);
}

export function addDays(date: string, days: number): string {
  const d = toUtc(date);
  if (!d) throw new Error(`Not a date: ${date}`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Calendar months; a day past the target month's end clamps to it (Aug 31 + 6 → Feb 28). */
export function addMonths(date: string, months: number): string {
  const d = toUtc(date);
  if (!d) throw new Error(`Not a date: ${date}`);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), lastDay))).toISOString().slice(0, 10);
}

/** Display start date: "from today to up to 6 months later". */
export function displayBeginBounds(today: string): { min: string; max: string } {
  return { min: today, max: addMonths(today, DISPLAY_BEGIN_MONTHS_AHEAD) };
}

export interface DateRangeInput {
  beginDate?: string | null;
  endDate?: string | null;
}

/**
 * Display delivery period. An edit may keep a start date already in the past (the group
 * is running): `keptBeginDate` is the stored one, and an unchanged start is not checked.
 * The end date is "a date after the start date", or absent for "no end date".
 */
export function checkDisplayDates(s: DateRangeInput, today: string, keptBeginDate?: string | null): Violation[] {
  const out: Violation[] = [];
  const begin = s.beginDate;
  if (!begin) return [violation('schedule.beginDate', 'required')];
  if (!isValidDate(begin)) return [violation('schedule.beginDate', 'schedule.invalidDate')];
  if (begin !== keptBeginDate) {
    const bounds = displayBeginBounds(today);
    if (begin < bounds.min) out.push(violation('schedule.beginDate', 'schedule.beginInPast', { min: bounds.min }));
    if (begin > bounds.max) out.push(violation('schedule.beginDate', 'schedule.beginTooLate', { max: bounds.max }));
  }
  const end = s.endDate;
  if (end) {
    if (!isValidDate(end)) out.push(violation('schedule.endDate', 'schedule.invalidDate'));
    else if (end <= begin) out.push(violation('schedule.endDate', 'schedule.endNotAfterBegin'));
  }
  return out;
}

type DayHours = readonly string[] | null | undefined;

/** An absent or empty day array means "all hours" (the Message samples send none, or []). */
function isAllOn(day: DayHours): boolean {
  return !day || day.length === 0 || day.every((h) => h === '1');
}

/** spec-notes #13: detailTime is true when any hour is switched off, false when all are on. */
export function detailTimeFor(days: readonly DayHours[]): boolean {
  return !days.every(isAllOn);
}

/** Each day array, when sent, has 24 "0"/"1" entries; at least one hour must stay on. */
export function checkDayHours(days: ReadonlyArray<{ key: string; hours: DayHours }>): Violation[] {
  const out: Violation[] = [];
  for (const { key, hours } of days) {
    if (!hours || hours.length === 0) continue;
    if (hours.length !== HOURS_PER_DAY || hours.some((h) => h !== '0' && h !== '1')) {
      out.push(violation(`schedule.${key}`, 'schedule.dayHours', { hours: HOURS_PER_DAY }));
    }
  }
  const allOff = days.length > 0 && days.every(({ hours }) => hours && hours.length > 0 && !hours.includes('1'));
  if (out.length === 0 && allOff) {
    out.push(violation('schedule', 'schedule.noHours'));
  }
  return out;
}

export interface MessageScheduleInput extends DateRangeInput {
  beginTime?: string | null;
  endTime?: string | null;
}

/** Last day of a Message group's active period. */
export function messageEndDateFor(beginDate: string): string {
  return addDays(beginDate, MESSAGE_ACTIVE_DAYS);
}

/**
 * Message schedule: a start date and time; the active period is at most 30 days. With
 * `longTerm` ("send to new friends after sending all messages") the end date and time
 * are required.
 */
export function checkMessageSchedule(
  s: MessageScheduleInput,
  longTerm: boolean,
  today: string,
  keptBeginDate?: string | null,
): Violation[] {
  const out: Violation[] = [];
  const begin = s.beginDate;
  if (!begin) out.push(violation('schedule.beginDate', 'required'));
  else if (!isValidDate(begin)) out.push(violation('schedule.beginDate', 'schedule.invalidDate'));
  else if (begin !== keptBeginDate && begin < today) {
    out.push(violation('schedule.beginDate', 'schedule.beginInPast', { min: today }));
  }
  if (!s.beginTime) out.push(violation('schedule.beginTime', 'required'));
  else if (!isValidTime(s.beginTime)) out.push(violation('schedule.beginTime', 'schedule.invalidTime'));
  if (longTerm) {
    if (!s.endDate) out.push(violation('schedule.endDate', 'schedule.longTermEndRequired'));
    if (!s.endTime) out.push(violation('schedule.endTime', 'schedule.longTermEndRequired'));
  }
  if (s.endTime && !isValidTime(s.endTime)) out.push(violation('schedule.endTime', 'schedule.invalidTime'));
  if (s.endDate) {
    if (!isValidDate(s.endDate)) out.push(violation('schedule.endDate', 'schedule.invalidDate'));
    else if (begin && isValidDate(begin)) {
      if (s.endDate < begin) out.push(violation('schedule.endDate', 'schedule.endNotAfterBegin'));
      else if (s.endDate > messageEndDateFor(begin)) {
        out.push(violation('schedule.endDate', 'schedule.periodTooLong', { days: MESSAGE_ACTIVE_DAYS }));
      }
    }
  }
  return out;
}
