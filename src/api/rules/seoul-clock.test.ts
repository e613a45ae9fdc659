import { describe, expect, it } from 'vitest';
import { seoulClock, seoulToday } from './seoul-clock';

describe('seoulClock', () => {
  it('reads an instant on Korean time (UTC+9), across the date line', () => {
    expect(seoulClock(new Date('2022-05-20T06:57:09Z'))).toEqual({
      date: '2022-05-20',
      time: '15:57',
      dateTime: '2022-05-20T15:57:09',
    });
    expect(seoulToday(new Date('2022-05-20T15:30:00Z'))).toBe('2022-05-21');
    expect(seoulClock(new Date('2022-05-20T15:00:00Z')).time).toBe('00:00');
  });
});
