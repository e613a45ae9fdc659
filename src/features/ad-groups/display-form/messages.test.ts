import { describe, expect, it } from 'vitest';
import { blankKeys, catalogKeys } from '../../../i18n/same-keys';
import { displayFormMessages } from './messages';

describe('displayForm messages', () => {
  it('ko and en have the same keys, none blank', () => {
    expect(catalogKeys(displayFormMessages.ko).sort()).toEqual(catalogKeys(displayFormMessages.en).sort());
    expect(blankKeys(displayFormMessages.ko)).toEqual([]);
    expect(blankKeys(displayFormMessages.en)).toEqual([]);
  });
});
