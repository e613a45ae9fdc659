import { describe, expect, it } from 'vitest';
import { DAY_KEYS, type Schedule } from '../../api/contracts/schedule';
import { createDisplayAdGroupRequest, viewDisplayAdGroupResponse } from '../../api/contracts/spec-samples';
import {
  everyHour,
  fromScheduleDays,
  FULL_DAY,
  gridOf,
  hoursPerWeek,
  isOn,
  noHours,
  paintRect,
  sameGrid,
  setCell,
  toggleCell,
  toggleDay,
  toggleHour,
  toScheduleDays,
  weekdays0918,
  weekends,
} from './grid-model';
import { scheduleGridSchema } from './grid-schema';

const ALL = Array<string>(24).fill('1');
// The Display create sample: 03, 04 and 06 off every day, and Sunday 23 off too. It says
// detailTime: false; spec-notes #13 says true when any hour is off.
const { detailTime: _sampleDetailTime, ...sampleSchedule } = pick(createDisplayAdGroupRequest.schedule);
// The view sample: every hour on, detailTime false.
const allOnSchedule = pick(viewDisplayAdGroupResponse.schedule);

function pick(schedule: Schedule): Schedule {
  const days = Object.fromEntries(DAY_KEYS.map((key) => [key, schedule[key]]));
  return { ...days, detailTime: schedule.detailTime };
}

/** Rows of '#' (on) and '.' (off) for readable expectations. */
function rows(g: readonly number[]): string[] {
  return g.map((_, d) => Array.from({ length: 24 }, (_, h) => (isOn(g, d, h) ? '#' : '.')).join(''));
}

describe('wire ↔ grid', () => {
  it('round-trips the spec sample arrays and corrects detailTime to true', () => {
    const g = fromScheduleDays(sampleSchedule);
    expect(isOn(g, 0, 3)).toBe(false);
    expect(isOn(g, 0, 5)).toBe(true);
    expect(isOn(g, 6, 23)).toBe(false);
    expect(isOn(g, 5, 23)).toBe(true);
    expect(hoursPerWeek(g)).toBe(168 - 7 * 3 - 1);
    expect(toScheduleDays(g)).toEqual({ ...sampleSchedule, detailTime: true });
  });

  it('all hours on gives detailTime false (the view sample)', () => {
    const g = fromScheduleDays(allOnSchedule);
    expect(sameGrid(g, everyHour)).toBe(true);
    expect(allOnSchedule.detailTime).toBe(false);
    expect(toScheduleDays(g)).toEqual(allOnSchedule);
    expect(toScheduleDays(g).sundayTime).toEqual(ALL);
  });

  it('reads missing, null and empty day arrays as every hour', () => {
    expect(sameGrid(fromScheduleDays(undefined), everyHour)).toBe(true);
    expect(sameGrid(fromScheduleDays({ mondayTime: [], tuesdayTime: null }), everyHour)).toBe(true);
    const g = fromScheduleDays({ fridayTime: ['0', '0'] });
    expect(rows(g)[4]).toBe('..' + '#'.repeat(22));
    expect(hoursPerWeek(g)).toBe(166);
  });

  it('sends 24 "0"/"1" strings per day, Monday first', () => {
    const days = toScheduleDays(weekends);
    expect(days.mondayTime).toEqual(Array<string>(24).fill('0'));
    expect(days.sundayTime).toEqual(ALL);
    expect(Object.keys(days)).toEqual([
      'mondayTime',
      'tuesdayTime',
      'wednesdayTime',
      'thursdayTime',
      'fridayTime',
      'saturdayTime',
      'sundayTime',
      'detailTime',
    ]);
    expect(days.detailTime).toBe(true);
  });
});

describe('editing', () => {
  it('paints a rectangle from any two corners, on and off', () => {
    const on = paintRect(noHours, { day: 2, hour: 10 }, { day: 1, hour: 8 }, true);
    expect(rows(on)).toEqual([
      '.'.repeat(24),
      '........###.............',
      '........###.............',
      ...Array<string>(4).fill('.'.repeat(24)),
    ]);
    const off = paintRect(everyHour, { day: 6, hour: 23 }, { day: 5, hour: 0 }, false);
    expect(hoursPerWeek(off)).toBe(5 * 24);
    expect(rows(paintRect(noHours, { day: 0, hour: 0 }, { day: 6, hour: 23 }, true))).toEqual(rows(everyHour));
  });

  it('returns the same grid when nothing changes, so memoized consumers bail out', () => {
    expect(paintRect(everyHour, { day: 0, hour: 0 }, { day: 3, hour: 5 }, true)).toBe(everyHour);
    expect(setCell(noHours, { day: 1, hour: 1 }, false)).toBe(noHours);
    expect(toggleCell(everyHour, { day: 0, hour: 0 })).not.toBe(everyHour);
  });

  it('clamps out-of-range corners to the grid', () => {
    const g = paintRect(noHours, { day: -3, hour: -1 }, { day: 0, hour: 99 }, true);
    expect(rows(g)[0]).toBe('#'.repeat(24));
    expect(hoursPerWeek(g)).toBe(24);
  });

  it('toggles one cell without touching the others', () => {
    const g = toggleCell(everyHour, { day: 3, hour: 9 });
    expect(isOn(g, 3, 9)).toBe(false);
    expect(hoursPerWeek(g)).toBe(167);
    expect(sameGrid(toggleCell(g, { day: 3, hour: 9 }), everyHour)).toBe(true);
    expect(Object.isFrozen(g)).toBe(true);
    expect(everyHour.every((m) => m === FULL_DAY)).toBe(true);
  });

  it('toggles a day: all on → all off, otherwise all on', () => {
    const off = toggleDay(everyHour, 2);
    expect(rows(off)[2]).toBe('.'.repeat(24));
    expect(hoursPerWeek(off)).toBe(144);
    const partly = toggleCell(off, { day: 2, hour: 5 });
    expect(rows(toggleDay(partly, 2))[2]).toBe('#'.repeat(24));
    expect(rows(toggleDay(noHours, 6))[6]).toBe('#'.repeat(24));
  });

  it('toggles an hour column: all on → all off, otherwise all on', () => {
    const off = toggleHour(everyHour, 0);
    expect(rows(off).every((r) => r.startsWith('.#'))).toBe(true);
    const partly = toggleCell(off, { day: 4, hour: 0 });
    const on = toggleHour(partly, 0);
    expect(sameGrid(on, everyHour)).toBe(true);
    expect(hoursPerWeek(toggleHour(weekends, 12))).toBe(48 + 5);
  });
});

describe('presets and counts', () => {
  it('everyHour is the full week', () => {
    expect(hoursPerWeek(everyHour)).toBe(168);
    expect(toScheduleDays(everyHour).detailTime).toBe(false);
  });

  it('weekdays0918 is Mon–Fri 09:00–18:59 (hours 9..18)', () => {
    const day = '.........##########.....';
    expect(rows(weekdays0918)).toEqual([day, day, day, day, day, '.'.repeat(24), '.'.repeat(24)]);
    expect(hoursPerWeek(weekdays0918)).toBe(50);
  });

  it('weekends is Saturday and Sunday, every hour', () => {
    expect(rows(weekends).slice(5)).toEqual(['#'.repeat(24), '#'.repeat(24)]);
    expect(hoursPerWeek(weekends)).toBe(48);
  });

  it('counts nothing in an empty grid', () => {
    expect(hoursPerWeek(noHours)).toBe(0);
    expect(toScheduleDays(noHours).detailTime).toBe(true);
  });
});

describe('gridOf and the form schema', () => {
  it('needs seven days and masks to 24 bits', () => {
    expect(() => gridOf([1, 2])).toThrow(/7 days/);
    expect(gridOf([0x1ffffff, 0, 0, 0, 0, 0, 0])[0]).toBe(FULL_DAY);
  });

  it('accepts a grid and rejects malformed ones', () => {
    expect(scheduleGridSchema.safeParse([...weekends]).success).toBe(true);
    expect(scheduleGridSchema.safeParse([1, 2, 3]).success).toBe(false);
    expect(scheduleGridSchema.safeParse([...Array<number>(6).fill(0), 1 << 24]).success).toBe(false);
  });
});
