import { describe, expect, it } from 'vitest';
import { blankKeys, catalogKeys } from '../../i18n/same-keys';
import { authMessages } from './messages';

describe('auth messages', () => {
  it('ko and en have the same keys, none blank', () => {
    expect(catalogKeys(authMessages.ko).sort()).toEqual(catalogKeys(authMessages.en).sort());
    expect(blankKeys(authMessages.ko)).toEqual([]);
    expect(blankKeys(authMessages.en)).toEqual([]);
  });
});
