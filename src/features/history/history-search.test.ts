import { describe, expect, it } from 'vitest';
import { seoulDayEnd, seoulDayStart, validateHistorySearch } from './history-search';

describe('validateHistorySearch', () => {
  it('keeps the filters that make sense', () => {
    expect(validateHistorySearch({ user: ' 김마케터 ', action: 'dailyBudget', adGroupId: '54001', since: '2026-11-01', until: '2026-11-30' })).toEqual({
      user: '김마케터',
      action: 'dailyBudget',
      adGroupId: 54001,
      since: '2026-11-01',
      until: '2026-11-30',
    });
  });

  it('drops what a hand-edited URL got wrong, field by field', () => {
    expect(validateHistorySearch({ user: '', action: 'explode', adGroupId: 'abc', since: '1 Nov', until: '2026-11-30' })).toEqual({ until: '2026-11-30' });
    expect(validateHistorySearch({ adGroupId: 54001 })).toEqual({ adGroupId: 54001 });
  });
});

describe('Seoul days as instants', () => {
  it('starts at midnight in Seoul and ends where the next Seoul day starts', () => {
    expect(seoulDayStart('2026-11-02')).toBe('2026-11-01T15:00:00.000Z');
    expect(seoulDayEnd('2026-11-02')).toBe('2026-11-02T15:00:00.000Z');
  });
});
