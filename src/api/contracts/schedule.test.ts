import { describe, expect, it } from 'vitest';
import { DAY_KEYS, Schedule, ScheduleRequest } from './schedule';
import { createDisplayAdGroupRequest, createMessageAdGroupResponse, editMessageAdGroupRequest } from './spec-samples';

const HOURS = Array<string>(24).fill('1');
const base = { beginDate: '2025-03-01', lateNight: false, detailTime: false };

describe('DAY_KEYS', () => {
  it('lists the seven hour arrays, Monday first', () => {
    expect(DAY_KEYS).toEqual(['mondayTime', 'tuesdayTime', 'wednesdayTime', 'thursdayTime', 'fridayTime', 'saturdayTime', 'sundayTime']);
  });
});

describe('Schedule (read)', () => {
  it('reads a Message schedule with no hour arrays and a nanosecond end time', () => {
    const s = Schedule.parse(createMessageAdGroupResponse.schedule);
    expect(s.endTime).toBe('23:59:59.999999999');
    expect(s.mondayTime).toBeUndefined();
  });

  it('takes null, empty and odd values without failing, and keeps unknown keys', () => {
    const s = Schedule.parse({ mondayTime: null, tuesdayTime: [], lateNight: null, timezone: 'Asia/Seoul' });
    expect(s).toMatchObject({ mondayTime: null, tuesdayTime: [], timezone: 'Asia/Seoul' });
    expect(Schedule.parse({}).beginDate).toBeUndefined();
  });

  it('still rejects hour arrays that are not arrays of strings', () => {
    expect(Schedule.safeParse({ mondayTime: '111' }).success).toBe(false);
    expect(Schedule.safeParse({ mondayTime: [1, 1] }).success).toBe(false);
  });
});

describe('ScheduleRequest (sent)', () => {
  it('accepts the Display sample with hours off, and the Message samples with none or []', () => {
    expect(ScheduleRequest.parse(createDisplayAdGroupRequest.schedule).sundayTime?.[23]).toBe('0');
    expect(ScheduleRequest.safeParse(editMessageAdGroupRequest.schedule).success).toBe(true);
    expect(ScheduleRequest.safeParse({ ...base, beginTime: '13:00:00' }).success).toBe(true);
  });

  it('requires beginDate, lateNight and detailTime', () => {
    for (const key of ['beginDate', 'lateNight', 'detailTime'] as const) {
      const { [key]: _dropped, ...rest } = base;
      expect(ScheduleRequest.safeParse(rest).success, key).toBe(false);
    }
  });

  it('takes 24 "0"/"1" strings per day, or none', () => {
    expect(ScheduleRequest.safeParse({ ...base, mondayTime: HOURS }).success).toBe(true);
    expect(ScheduleRequest.safeParse({ ...base, mondayTime: HOURS.slice(1) }).success).toBe(false);
    expect(ScheduleRequest.safeParse({ ...base, mondayTime: [...HOURS.slice(1), '2'] }).success).toBe(false);
    expect(ScheduleRequest.safeParse({ ...base, mondayTime: HOURS.map(() => 1) }).success).toBe(false);
  });

  it('takes dates as yyyy-MM-dd and times as HH:mm:ss', () => {
    expect(ScheduleRequest.safeParse({ ...base, endDate: '2025-03-31', endTime: '23:59:59' }).success).toBe(true);
    expect(ScheduleRequest.safeParse({ ...base, endDate: null }).success).toBe(true);
    expect(ScheduleRequest.safeParse({ ...base, beginDate: '2025/03/01' }).success).toBe(false);
    expect(ScheduleRequest.safeParse({ ...base, beginTime: '1pm' }).success).toBe(false);
  });
});
