import { describe, expect, it } from 'vitest';
import { blankKeys, catalogKeys } from '../../../i18n/same-keys';
import { adGroupListEn, adGroupListKo } from './messages';

describe('ad group list messages', () => {
  it('have the same keys in Korean and English, none blank', () => {
    expect(catalogKeys(adGroupListEn).sort()).toEqual(catalogKeys(adGroupListKo).sort());
    expect([...blankKeys(adGroupListKo), ...blankKeys(adGroupListEn)]).toEqual([]);
  });
});
