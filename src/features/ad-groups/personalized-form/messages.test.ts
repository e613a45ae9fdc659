import { describe, expect, it } from 'vitest';
import { blankKeys, catalogKeys } from '../../../i18n/same-keys';
import { personalizedFormMessages } from './messages';

describe('personalizedForm messages', () => {
  it('ko and en have the same keys, none blank', () => {
    expect(catalogKeys(personalizedFormMessages.ko).sort()).toEqual(catalogKeys(personalizedFormMessages.en).sort());
    expect(blankKeys(personalizedFormMessages.ko)).toEqual([]);
    expect(blankKeys(personalizedFormMessages.en)).toEqual([]);
  });
});
