import { DAY_KEYS, type Schedule } from '../../api/contracts/schedule';
import { detailTimeFor } from '../../api/rules/schedule';

/**
 * The 7×24 delivery grid (spec-notes #13: it edits `mondayTime`…`sundayTime`).
 *
 * A grid is 7 numbers, Monday first; bit `h` of a day's number is hour h (h:00–h:59).
 * Numbers keep a grid cheap to copy, compare (`===` per day) and store in a form, and
 * every function returns the SAME grid when nothing changes, so React can bail out.
 */
export type ScheduleGrid = readonly number[];
export interface GridCell {
  day: number;
  hour: number;
}

export const DAYS_PER_WEEK = 7;
export const HOURS_PER_DAY = 24;
export const FULL_DAY = 0xffffff;
export const EMPTY_DAY = 0;

export type DayKey = (typeof DAY_KEYS)[number];
export type ScheduleDays = { [K in DayKey]: string[] } & { detailTime: boolean };
type ScheduleDaysInput = Partial<Pick<Schedule, DayKey>>;

function grid(days: readonly number[]): ScheduleGrid {
  return Object.freeze([...days]);
}

/** Keeps the old grid when every day is unchanged, so memoized consumers skip a render. */
function sameOr(prev: ScheduleGrid, next: readonly number[]): ScheduleGrid {
  return next.every((mask, day) => mask === prev[day]) ? prev : grid(next);
}

function bit(hour: number): number {
  return 1 << hour;
}

function clamp(n: number, max: number): number {
  return Math.min(Math.max(Math.trunc(n), 0), max - 1);
}

/** Bits `from..to` (inclusive, either order). */
function hourSpan(from: number, to: number): number {
  const lo = Math.min(from, to);
  const hi = Math.max(from, to);
  return (FULL_DAY >>> (HOURS_PER_DAY - 1 - hi + lo)) << lo;
}

export function gridOf(days: readonly number[]): ScheduleGrid {
  if (days.length !== DAYS_PER_WEEK) throw new Error(`A grid has ${DAYS_PER_WEEK} days, got ${days.length}`);
  return grid(days.map((mask) => mask & FULL_DAY));
}

export function isOn(g: ScheduleGrid, day: number, hour: number): boolean {
  return (g[day] & bit(hour)) !== 0;
}

/**
 * Wire → grid. A missing, null or empty array means "every hour" (the Message samples
 * send none or `[]`); within an array only an explicit "0" switches an hour off, so a
 * short array from a lenient response never hides hours that are really on.
 */
export function fromScheduleDays(schedule: ScheduleDaysInput | null | undefined): ScheduleGrid {
  return grid(
    DAY_KEYS.map((key) => {
      const hours = schedule?.[key];
      if (!hours || hours.length === 0) return FULL_DAY;
      let mask = FULL_DAY;
      for (let h = 0; h < HOURS_PER_DAY; h += 1) if (String(hours[h]) === '0') mask &= ~bit(h);
      return mask;
    }),
  );
}

/** Grid → wire: 24 "0"/"1" strings per day, and `detailTime` from the shared rule (spec-notes #13). */
export function toScheduleDays(g: ScheduleGrid): ScheduleDays {
  const entries = DAY_KEYS.map(
    (key, day) => [key, Array.from({ length: HOURS_PER_DAY }, (_, h) => (isOn(g, day, h) ? '1' : '0'))] as const,
  );
  const days = Object.fromEntries(entries) as { [K in DayKey]: string[] };
  return { ...days, detailTime: detailTimeFor(entries.map(([, hours]) => hours)) };
}

/** Sets every cell of the rectangle spanned by two corners (in any order) to `on`. */
export function paintRect(g: ScheduleGrid, from: GridCell, to: GridCell, on: boolean): ScheduleGrid {
  const d0 = Math.min(clamp(from.day, DAYS_PER_WEEK), clamp(to.day, DAYS_PER_WEEK));
  const d1 = Math.max(clamp(from.day, DAYS_PER_WEEK), clamp(to.day, DAYS_PER_WEEK));
  const span = hourSpan(clamp(from.hour, HOURS_PER_DAY), clamp(to.hour, HOURS_PER_DAY));
  return sameOr(
    g,
    g.map((mask, day) => (day < d0 || day > d1 ? mask : on ? (mask | span) & FULL_DAY : mask & ~span)),
  );
}

export function setCell(g: ScheduleGrid, cell: GridCell, on: boolean): ScheduleGrid {
  return paintRect(g, cell, cell, on);
}

export function toggleCell(g: ScheduleGrid, cell: GridCell): ScheduleGrid {
  return setCell(g, cell, !isOn(g, cell.day, cell.hour));
}

/** A whole day (row): all on → all off, otherwise all on. */
export function toggleDay(g: ScheduleGrid, day: number): ScheduleGrid {
  return sameOr(
    g,
    g.map((mask, d) => (d === day ? (mask === FULL_DAY ? EMPTY_DAY : FULL_DAY) : mask)),
  );
}

/** A whole hour (column) across the week: all on → all off, otherwise all on. */
export function toggleHour(g: ScheduleGrid, hour: number): ScheduleGrid {
  const b = bit(hour);
  const allOn = g.every((mask) => (mask & b) !== 0);
  return sameOr(
    g,
    g.map((mask) => (allOn ? mask & ~b : mask | b)),
  );
}

/** Every hour of every day: the wire default (`detailTime: false`). */
export const everyHour: ScheduleGrid = grid(Array<number>(DAYS_PER_WEEK).fill(FULL_DAY));

/** Nothing on; not a valid schedule (checkDayHours needs one hour), but a blank canvas. */
export const noHours: ScheduleGrid = grid(Array<number>(DAYS_PER_WEEK).fill(EMPTY_DAY));

/**
 * "Weekdays 09–19": Monday to Friday, hours 9 through 18 inclusive, i.e. 09:00 to 18:59,
 * the Korean business day ending at 19:00. Saturday and Sunday are off.
 */
export const weekdays0918: ScheduleGrid = grid([0, 1, 2, 3, 4, 5, 6].map((d) => (d < 5 ? hourSpan(9, 18) : EMPTY_DAY)));

/** Saturday and Sunday, every hour; weekdays off. */
export const weekends: ScheduleGrid = grid([0, 1, 2, 3, 4, 5, 6].map((d) => (d >= 5 ? FULL_DAY : EMPTY_DAY)));

function bitCount(mask: number): number {
  let n = 0;
  for (let m = mask; m !== 0; m &= m - 1) n += 1;
  return n;
}

export function hoursPerWeek(g: ScheduleGrid): number {
  return g.reduce((sum, mask) => sum + bitCount(mask), 0);
}

export function sameGrid(a: ScheduleGrid, b: ScheduleGrid): boolean {
  return a === b || (a.length === b.length && a.every((mask, d) => mask === b[d]));
}
