import { describe, expect, it } from 'vitest';
import { blankKeys, catalogKeys } from '../../../i18n/same-keys';
import { adGroupActionsEn, adGroupActionsKo } from './messages';

describe('ad group action messages', () => {
  it('have the same keys in Korean and English, none blank', () => {
    expect(catalogKeys(adGroupActionsEn).sort()).toEqual(catalogKeys(adGroupActionsKo).sort());
    expect([...blankKeys(adGroupActionsKo), ...blankKeys(adGroupActionsEn)]).toEqual([]);
  });
});
