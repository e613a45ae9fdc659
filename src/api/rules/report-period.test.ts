import { describe, expect, it } from 'vitest';
import {
  checkRange,
  daysIn,
  DEFAULT_PERIOD,
  isDefaultPeriod,
  isProvisionalDay,
  isProvisionalPeriod,
  MAX_REPORT_DAYS,
  parsePeriod,
  periodDates,
  periodParam,
  PERIOD_PRESETS,
  previousPeriod,
  reportWindows,
  type Period,
} from './report-period';
import { addDays } from './schedule';

const today = '2026-12-02';
const custom = (start: string, end: string): Period => ({ kind: 'custom', start, end });
/** An instant given as Seoul wall-clock time (UTC+9, no summer time). */
const seoulAt = (date: string, time: string) => new Date(`${date}T${time}:00+09:00`);

describe('period in the URL', () => {
  it('reads every preset and a custom range, and writes them back the same', () => {
    for (const preset of PERIOD_PRESETS) expect(periodParam(parsePeriod(preset))).toBe(preset);
    expect(parsePeriod('2026-11-01~2026-11-15')).toEqual(custom('2026-11-01', '2026-11-15'));
    expect(periodParam(custom('2026-11-01', '2026-11-15'))).toBe('2026-11-01~2026-11-15');
  });

  it('falls back to the last 7 days for anything else', () => {
    expect(DEFAULT_PERIOD).toEqual({ kind: 'preset', preset: 'last7' });
    for (const raw of [undefined, 7, 'last8', '2026-11-15~2026-11-01', '2026-02-30~2026-03-01', '2026-10-01~2026-11-15'])
      expect(parsePeriod(raw)).toEqual(DEFAULT_PERIOD);
    expect(isDefaultPeriod(parsePeriod(undefined))).toBe(true);
    expect(isDefaultPeriod(parsePeriod('yesterday'))).toBe(false);
  });
});

describe('custom range rules', () => {
  it('allows up to 31 days, ending today at the latest', () => {
    const start = '2026-11-01';
    expect(checkRange({ start, end: addDays(start, MAX_REPORT_DAYS - 1) }, today)).toBeNull();
    expect(checkRange({ start, end: addDays(start, MAX_REPORT_DAYS) }, today)).toBe('tooLong');
    expect(checkRange({ start: today, end: today }, today)).toBeNull();
    expect(checkRange({ start: today, end: addDays(today, 1) }, today)).toBe('future');
    expect(checkRange({ start: '2026-11-10', end: '2026-11-09' }, today)).toBe('reversed');
    expect(checkRange({ start: '2026-11-31', end: '2026-12-01' }, today)).toBe('invalid');
  });

  it('counts days inclusively, across months', () => {
    expect(daysIn({ start: '2026-11-25', end: '2026-12-01' })).toBe(7);
    expect(daysIn({ start: today, end: today })).toBe(1);
  });
});

describe('period → report parameters', () => {
  it('sends each preset as Kakao\'s datePreset', () => {
    const presets = PERIOD_PRESETS.map((preset) => reportWindows({ kind: 'preset', preset }, today));
    expect(presets).toEqual([
      [{ datePreset: 'TODAY' }],
      [{ datePreset: 'YESTERDAY' }],
      [{ datePreset: 'LAST_7DAY' }],
      [{ datePreset: 'LAST_14DAY' }],
      [{ datePreset: 'LAST_30DAY' }],
      [{ datePreset: 'THIS_MONTH' }],
      [{ datePreset: 'LAST_MONTH' }],
    ]);
  });

  it('sends a past range as yyyyMMdd, a range that ends today as start–yesterday then TODAY', () => {
    expect(reportWindows(custom('2026-11-01', '2026-11-30'), today)).toEqual([{ start: '20261101', end: '20261130' }]);
    expect(reportWindows(custom('2026-11-20', today), today)).toEqual([{ start: '20261120', end: '20261201' }, { datePreset: 'TODAY' }]);
    expect(reportWindows(custom(today, today), today)).toEqual([{ datePreset: 'TODAY' }]);
  });

  it('knows the days of each preset', () => {
    const dates = (preset: (typeof PERIOD_PRESETS)[number]) => periodDates({ kind: 'preset', preset }, today);
    expect(dates('today')).toEqual({ start: today, end: today });
    expect(dates('yesterday')).toEqual({ start: '2026-12-01', end: '2026-12-01' });
    expect(dates('last7')).toEqual({ start: '2026-11-25', end: '2026-12-01' });
    expect(daysIn(dates('last14'))).toBe(14);
    expect(daysIn(dates('last30'))).toBe(30);
    expect(dates('thisMonth')).toEqual({ start: '2026-12-01', end: today });
    expect(dates('lastMonth')).toEqual({ start: '2026-11-01', end: '2026-11-30' });
    expect(periodDates({ kind: 'preset', preset: 'lastMonth' }, '2026-03-31')).toEqual({ start: '2026-02-01', end: '2026-02-28' });
  });

  it('compares with the same number of days just before', () => {
    expect(previousPeriod({ kind: 'preset', preset: 'last7' }, today)).toEqual(custom('2026-11-18', '2026-11-24'));
    expect(previousPeriod({ kind: 'preset', preset: 'today' }, today)).toEqual(custom('2026-12-01', '2026-12-01'));
    expect(previousPeriod(custom('2026-11-01', '2026-11-30'), today)).toEqual(custom('2026-10-02', '2026-10-31'));
  });
});

describe('freshness', () => {
  it('marks today, and yesterday before 08:00 Seoul time, as still changing', () => {
    expect(isProvisionalDay(today, seoulAt(today, '23:59'))).toBe(true);
    expect(isProvisionalDay('2026-12-01', seoulAt(today, '07:59'))).toBe(true);
    expect(isProvisionalDay('2026-12-01', seoulAt(today, '08:00'))).toBe(false);
    expect(isProvisionalDay('2026-11-30', seoulAt(today, '00:10'))).toBe(false);
  });

  it('marks a period by its last day, in Seoul whatever the machine\'s zone', () => {
    // 23:30 UTC on Dec 1 is 08:30 on Dec 2 in Seoul: yesterday (Dec 1) is final there.
    expect(isProvisionalPeriod({ kind: 'preset', preset: 'yesterday' }, new Date('2026-12-01T23:30:00Z'))).toBe(false);
    expect(isProvisionalPeriod({ kind: 'preset', preset: 'last7' }, new Date('2026-12-01T22:30:00Z'))).toBe(true);
    expect(isProvisionalPeriod({ kind: 'preset', preset: 'lastMonth' }, seoulAt('2026-12-01', '07:00'))).toBe(true);
    expect(isProvisionalPeriod({ kind: 'preset', preset: 'lastMonth' }, seoulAt('2026-12-02', '07:00'))).toBe(false);
  });
});
