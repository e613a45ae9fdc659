import { describe, expect, it } from 'vitest';
import { blankKeys, catalogKeys } from '../../i18n/same-keys';
import { scheduleMessages } from './messages';

describe('schedule messages', () => {
  it('ko and en have the same keys, none blank', () => {
    expect(catalogKeys(scheduleMessages.ko).sort()).toEqual(catalogKeys(scheduleMessages.en).sort());
    expect(blankKeys(scheduleMessages.ko)).toEqual([]);
    expect(blankKeys(scheduleMessages.en)).toEqual([]);
  });

  it('names the days in Korean as 월 화 수 목 금 토 일', () => {
    expect(Object.values(scheduleMessages.ko.dayShort).join(' ')).toBe('월 화 수 목 금 토 일');
  });
});
