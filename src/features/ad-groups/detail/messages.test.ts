import { describe, expect, it } from 'vitest';
import { blankKeys, catalogKeys } from '../../../i18n/same-keys';
import { adGroupDetailEn } from './messages-en';
import { adGroupDetailKo } from './messages-ko';

describe('ad group detail messages', () => {
  it('have the same keys in Korean and English, none blank', () => {
    expect(catalogKeys(adGroupDetailEn).sort()).toEqual(catalogKeys(adGroupDetailKo).sort());
    expect([...blankKeys(adGroupDetailKo), ...blankKeys(adGroupDetailEn)]).toEqual([]);
  });
});
