import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  checkDayHours,
  checkDisplayDates,
  checkMessageSchedule,
  detailTimeFor,
  displayBeginBounds,
  isValidDate,
  isValidTime,
  messageEndDateFor,
} from './schedule';

const today = '2024-08-31';
const on = Array<string>(24).fill('1');
const withOff = on.map((h, i) => (i === 3 ? '0' : h));

describe('date helpers', () => {
  it('validates dates and times', () => {
    expect(isValidDate('2024-02-29')).toBe(true);
    expect(isValidDate('2023-02-29')).toBe(false);
    expect(isValidDate('2024-2-1')).toBe(false);
    expect(isValidTime('13:00:00')).toBe(true);
    expect(isValidTime('23:59:59.999999999')).toBe(true);
    expect(isValidTime('24:00:00')).toBe(false);
  });

  it('adds days and clamps months', () => {
    expect(addDays('2023-11-15', 30)).toBe('2023-12-15');
    expect(addMonths('2024-08-31', 6)).toBe('2025-02-28');
    expect(addMonths('2024-01-15', 6)).toBe('2024-07-15');
  });
});

describe('Display dates', () => {
  const rules = (beginDate: string | null, endDate?: string | null, kept?: string) =>
    checkDisplayDates({ beginDate, endDate }, today, kept).map((v) => `${v.field}:${v.rule}`);

  it('starts from today up to 6 months later', () => {
    expect(displayBeginBounds(today)).toEqual({ min: '2024-08-31', max: '2025-02-28' });
    expect(rules('2024-08-30')).toEqual(['schedule.beginDate:schedule.beginInPast']);
    expect(rules('2024-08-31')).toEqual([]);
    expect(rules('2025-02-28')).toEqual([]);
    expect(rules('2025-03-01')).toEqual(['schedule.beginDate:schedule.beginTooLate']);
  });

  it('keeps a past start date unchanged on edit', () => {
    expect(rules('2024-01-01', null, '2024-01-01')).toEqual([]);
    expect(rules('2024-01-02', null, '2024-01-01')).toEqual(['schedule.beginDate:schedule.beginInPast']);
  });

  it('ends after the start, or never', () => {
    expect(rules('2024-09-01', '2024-09-01')).toEqual(['schedule.endDate:schedule.endNotAfterBegin']);
    expect(rules('2024-09-01', '2024-09-02')).toEqual([]);
    expect(rules('2024-09-01', null)).toEqual([]);
    expect(rules('2024-09-01', '2024-13-01')).toEqual(['schedule.endDate:schedule.invalidDate']);
  });

  it('requires a valid start', () => {
    expect(rules(null)).toEqual(['schedule.beginDate:required']);
    expect(rules('tomorrow')).toEqual(['schedule.beginDate:schedule.invalidDate']);
  });
});

describe('day hours (spec-notes #13)', () => {
  it('detailTime is true when any hour is off, false when all are on', () => {
    expect(detailTimeFor([on, on, on, on, on, on, on])).toBe(false);
    expect(detailTimeFor([on, on, on, on, on, on, withOff])).toBe(true);
    expect(detailTimeFor([[], undefined, null])).toBe(false);
  });

  it('needs 24 "0"/"1" entries per sent day, and at least one hour on', () => {
    expect(checkDayHours([{ key: 'mondayTime', hours: on }, { key: 'tuesdayTime', hours: [] }])).toEqual([]);
    expect(checkDayHours([{ key: 'mondayTime', hours: on.slice(1) }]).map((v) => v.field)).toEqual([
      'schedule.mondayTime',
    ]);
    expect(checkDayHours([{ key: 'mondayTime', hours: [...on.slice(1), 'x'] }])[0].rule).toBe('schedule.dayHours');
    const off = Array<string>(24).fill('0');
    expect(checkDayHours([{ key: 'mondayTime', hours: off }, { key: 'tuesdayTime', hours: off }])[0].rule).toBe(
      'schedule.noHours',
    );
    expect(checkDayHours([{ key: 'mondayTime', hours: off }, { key: 'tuesdayTime', hours: withOff }])).toEqual([]);
  });
});

describe('Message schedule', () => {
  const rules = (s: Parameters<typeof checkMessageSchedule>[0], longTerm = false, kept?: string) =>
    checkMessageSchedule(s, longTerm, '2023-11-14', kept).map((v) => `${v.field}:${v.rule}`);

  it('accepts the create sample and needs a start date and time', () => {
    expect(rules({ beginDate: '2023-11-15', beginTime: '13:00:00' })).toEqual([]);
    expect(rules({ beginDate: '2023-11-13', beginTime: '13:00:00' })).toEqual([
      'schedule.beginDate:schedule.beginInPast',
    ]);
    expect(rules({ beginDate: '2023-11-13', beginTime: '13:00:00' }, false, '2023-11-13')).toEqual([]);
    expect(rules({ beginDate: '2023-11-15' })).toEqual(['schedule.beginTime:required']);
    expect(rules({ beginDate: '2023-11-15', beginTime: '25:00' })).toEqual(['schedule.beginTime:schedule.invalidTime']);
  });

  it('keeps the active period within 30 days', () => {
    expect(messageEndDateFor('2023-11-15')).toBe('2023-12-15');
    const s = { beginDate: '2023-11-15', beginTime: '13:00:00', endTime: '23:59:59' };
    expect(rules({ ...s, endDate: '2023-12-15' }, true)).toEqual([]);
    expect(rules({ ...s, endDate: '2023-12-16' }, true)).toEqual(['schedule.endDate:schedule.periodTooLong']);
    expect(rules({ ...s, endDate: '2023-11-14' }, true)).toEqual(['schedule.endDate:schedule.endNotAfterBegin']);
  });

  it('requires the end date and time with longTerm', () => {
    expect(rules({ beginDate: '2023-11-15', beginTime: '13:00:00' }, true)).toEqual([
      'schedule.endDate:schedule.longTermEndRequired',
      'schedule.endTime:schedule.longTermEndRequired',
    ]);
  });
});
