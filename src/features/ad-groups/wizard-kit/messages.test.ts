import { describe, expect, it } from 'vitest';
import { blankKeys, catalogKeys } from '../../../i18n/same-keys';
import { wizardMessages } from './messages';

describe('wizard messages', () => {
  it('ko and en have the same keys, none blank', () => {
    expect(catalogKeys(wizardMessages.ko).sort()).toEqual(catalogKeys(wizardMessages.en).sort());
    expect(blankKeys(wizardMessages.ko)).toEqual([]);
    expect(blankKeys(wizardMessages.en)).toEqual([]);
  });
});
