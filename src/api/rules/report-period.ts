import { PROVISIONAL_UNTIL, presetDates, type DatePreset } from './report-facts';
import { addDays, isValidDate } from './schedule';
import { seoulClock } from './seoul-clock';

/**
 * The period of a report, as the console's URL names it, and what Kakao is asked for it.
 * Dates are yyyy-MM-dd Seoul days (compared as strings); Kakao's are yyyyMMdd.
 */
export const PERIOD_PRESETS = ['today', 'yesterday', 'last7', 'last14', 'last30', 'thisMonth', 'lastMonth'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export type Period = { kind: 'preset'; preset: PeriodPreset } | { kind: 'custom'; start: string; end: string };

export const DEFAULT_PERIOD: Period = { kind: 'preset', preset: 'last7' };

/** [doc] "The range may cover at most 31 days." */
export const MAX_REPORT_DAYS = 31;

const DATE_PRESET_OF: Readonly<Record<PeriodPreset, DatePreset>> = {
  today: 'TODAY',
  yesterday: 'YESTERDAY',
  last7: 'LAST_7DAY',
  last14: 'LAST_14DAY',
  last30: 'LAST_30DAY',
  thisMonth: 'THIS_MONTH',
  lastMonth: 'LAST_MONTH',
};

export interface DateRange {
  start: string;
  end: string;
}

/** What one report call is asked for: a preset, or a range that ends before today. */
export type ReportWindow = { datePreset: DatePreset } | { start: string; end: string };

export type RangeProblem = 'invalid' | 'reversed' | 'future' | 'tooLong';

const CUSTOM_RE = /^(\d{4}-\d{2}-\d{2})~(\d{4}-\d{2}-\d{2})$/;

/** Inclusive count of days from start to end. */
export function daysIn({ start, end }: DateRange): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000) + 1;
}

/** Why a custom range cannot be asked for, or null; checked before any request leaves. */
export function checkRange(range: DateRange, today: string): RangeProblem | null {
  if (!isValidDate(range.start) || !isValidDate(range.end)) return 'invalid';
  if (range.start > range.end) return 'reversed';
  if (range.end > today) return 'future';
  if (daysIn(range) > MAX_REPORT_DAYS) return 'tooLong';
  return null;
}

/**
 * The `period` search parameter: a preset's name or `yyyy-MM-dd~yyyy-MM-dd`. Anything
 * else (a hand-edited URL, a range that is now too long) is the default; the range's
 * other rules are checked against today where it is used.
 */
export function parsePeriod(raw: unknown): Period {
  if (typeof raw !== 'string') return DEFAULT_PERIOD;
  if ((PERIOD_PRESETS as readonly string[]).includes(raw)) return { kind: 'preset', preset: raw as PeriodPreset };
  const m = CUSTOM_RE.exec(raw);
  if (!m) return DEFAULT_PERIOD;
  const range = { start: m[1], end: m[2] };
  const problem = checkRange(range, '9999-12-31');
  return problem === null ? { kind: 'custom', ...range } : DEFAULT_PERIOD;
}

/** The period as its search parameter value; also the cache key of its figures. */
export function periodParam(period: Period): string {
  return period.kind === 'preset' ? period.preset : `${period.start}~${period.end}`;
}

export function isDefaultPeriod(period: Period): boolean {
  return periodParam(period) === periodParam(DEFAULT_PERIOD);
}

export function periodDates(period: Period, today: string): DateRange {
  return period.kind === 'preset' ? presetDates(DATE_PRESET_OF[period.preset], today) : { start: period.start, end: period.end };
}

/** yyyy-MM-dd → Kakao's yyyyMMdd, and back. */
export const toReportDate = (date: string) => date.replaceAll('-', '');
export const fromReportDate = (date: string) => `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`;

/**
 * The calls one period needs ([doc]: today only through TODAY; [observed] a range that
 * ends today as start–yesterday, then TODAY). A preset is sent as Kakao's preset.
 */
export function reportWindows(period: Period, today: string): ReportWindow[] {
  if (period.kind === 'preset') return [{ datePreset: DATE_PRESET_OF[period.preset] }];
  if (period.end < today) return [{ start: toReportDate(period.start), end: toReportDate(period.end) }];
  if (period.start >= today) return [{ datePreset: 'TODAY' }];
  return [{ start: toReportDate(period.start), end: toReportDate(addDays(today, -1)) }, { datePreset: 'TODAY' }];
}

/** The same number of days, ending the day before the period starts (the chart's compare line). */
export function previousPeriod(period: Period, today: string): Period {
  const range = periodDates(period, today);
  const end = addDays(range.start, -1);
  return { kind: 'custom', start: addDays(end, 1 - daysIn(range)), end };
}

/**
 * [doc] "A day's figures may still change until 08:00 the next day": today's, and
 * yesterday's before 08:00 Seoul time.
 */
export function isProvisionalDay(date: string, now: Date = new Date()): boolean {
  const clock = seoulClock(now);
  if (date >= clock.date) return true;
  return date === addDays(clock.date, -1) && clock.time < PROVISIONAL_UNTIL;
}

/** Whether any day of the period may still change. */
export function isProvisionalPeriod(period: Period, now: Date = new Date()): boolean {
  return isProvisionalDay(periodDates(period, seoulClock(now).date).end, now);
}
