import { describe, expect, it } from 'vitest';
import { blankKeys, catalogKeys } from '../../i18n/same-keys';
import { targetingMessages } from './messages';

describe('targeting messages', () => {
  it('ko and en have the same keys, none blank', () => {
    expect(catalogKeys(targetingMessages.ko).sort()).toEqual(catalogKeys(targetingMessages.en).sort());
    expect(blankKeys(targetingMessages.ko)).toEqual([]);
    expect(blankKeys(targetingMessages.en)).toEqual([]);
  });

  it('labels every age range the wire knows', () => {
    expect(Object.keys(targetingMessages.en.ages.range)).toEqual(['15', '20', '25', '30', '35', '40', '45', '50', '55', '60', '65', '70']);
    expect(targetingMessages.en.ages.range['70']).toBe('70+');
  });
});
