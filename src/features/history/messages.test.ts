import { describe, expect, it } from 'vitest';
import { blankKeys, catalogKeys } from '../../i18n/same-keys';
import { historyEn } from './messages-en';
import { historyKo } from './messages-ko';

describe('history messages', () => {
  it('have the same keys in Korean and English, none blank', () => {
    expect(catalogKeys(historyEn).sort()).toEqual(catalogKeys(historyKo).sort());
    expect([...blankKeys(historyKo), ...blankKeys(historyEn)]).toEqual([]);
  });
});
