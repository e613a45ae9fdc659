import { describe, expect, it } from 'vitest';
import { blankKeys, catalogKeys } from '../../../i18n/same-keys';
import { messageFormMessages } from './messages';

describe('messageForm messages', () => {
  it('ko and en have the same keys, none blank', () => {
    expect(catalogKeys(messageFormMessages.ko).sort()).toEqual(catalogKeys(messageFormMessages.en).sort());
    expect(blankKeys(messageFormMessages.ko)).toEqual([]);
    expect(blankKeys(messageFormMessages.en)).toEqual([]);
  });
});
