import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatKrw } from './format';

describe('formatKrw', () => {
  it('writes won the Korean way, without decimals', () => {
    expect(formatKrw(50000)).toBe('₩50,000');
    expect(formatKrw(0)).toBe('₩0');
  });
});

describe('dates', () => {
  // 15:30 UTC is 00:30 the next day in Seoul (UTC+9, no daylight saving).
  const instant = '2026-03-01T15:30:00Z';

  it('shows the Seoul calendar day, not the browser one', () => {
    expect(formatDate(instant, 'en')).toBe('Mar 2, 2026');
    expect(formatDate(instant, 'ko')).toBe('2026. 3. 2.');
  });

  it('shows the Seoul time of day', () => {
    expect(formatDateTime(instant, 'en')).toContain('12:30');
    expect(formatDateTime(instant, 'ko')).toContain('12:30');
  });
});
