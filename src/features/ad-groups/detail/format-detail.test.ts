import { describe, expect, it } from 'vitest';
import { formatKakaoDateTime, hasHourArrays, parseKakaoDateTime, shortTime } from './format-detail';

describe('parseKakaoDateTime', () => {
  it("reads Kakao's offset-less times as Korean time, whatever the precision", () => {
    expect(parseKakaoDateTime('2022-05-20T15:57:51')?.toISOString()).toBe('2022-05-20T06:57:51.000Z');
    expect(parseKakaoDateTime('2023-11-14T15:36:40.469166')?.toISOString()).toBe('2023-11-14T06:36:40.469Z');
    expect(parseKakaoDateTime('2023-12-15')?.toISOString()).toBe('2023-12-14T15:00:00.000Z');
  });

  it('keeps an explicit offset', () => {
    expect(parseKakaoDateTime('2018-10-01T10:16:14.294Z')?.toISOString()).toBe('2018-10-01T10:16:14.294Z');
    expect(parseKakaoDateTime('2018-10-01T10:16:14+0000')?.toISOString()).toBe('2018-10-01T10:16:14.000Z');
  });

  it('gives null for nothing or for text it cannot read', () => {
    expect(parseKakaoDateTime(null)).toBeNull();
    expect(parseKakaoDateTime('')).toBeNull();
    expect(parseKakaoDateTime('yesterday')).toBeNull();
  });
});

describe('formatKakaoDateTime', () => {
  it('shows the time in Asia/Seoul, and unreadable text as it came', () => {
    expect(formatKakaoDateTime('2021-01-01T00:00:00', 'en')).toBe('Jan 1, 2021, 12:00 AM');
    expect(formatKakaoDateTime('soon', 'en')).toBe('soon');
    expect(formatKakaoDateTime(undefined, 'en')).toBeNull();
  });
});

describe('shortTime and hasHourArrays', () => {
  it('cuts seconds and nanoseconds', () => {
    expect(shortTime('23:59:59.999999999')).toBe('23:59');
    expect(shortTime('13:00:00')).toBe('13:00');
    expect(shortTime(null)).toBeNull();
  });

  it('tells a Display schedule from a Message one', () => {
    expect(hasHourArrays({ beginDate: '2023-11-15', mondayTime: [] })).toBe(false);
    expect(hasHourArrays({ beginDate: '2023-11-15', mondayTime: ['1'] })).toBe(true);
    expect(hasHourArrays(null)).toBe(false);
  });
});
