import { describe, expect, it } from 'vitest';
import {
  CategoryTree,
  Cohort,
  CustomerFile,
  Depth1LocationList,
  Depth3LocationOption,
  TalkChannelProfile,
  Tracker,
  isTargetableCustomerFile,
} from './lookups';

describe('lookup contracts', () => {
  it('parses the depth-1 sample values and keeps unknown keys', () => {
    const parsed = Depth1LocationList.parse([
      { value: 'E', description: '광주광역시', depth1Name: '광주광역시', extra: 1 },
      { value: 'Z', description: '해외' },
    ]);
    expect(parsed[0]).toMatchObject({ value: 'E', extra: 1 });
    expect(parsed[1].depth1Name).toBeUndefined();
  });

  it('reads a deprecated depth-3 region as in the ad group sample', () => {
    const row = Depth3LocationOption.parse({
      value: 'M55550301',
      description: '전북특별자치도 전주시 덕진구 금암1동',
      depth1Name: '전북특별자치도',
      depth2Name: '전주시 덕진구',
      depth3Name: '금암1동',
      deprecated: true,
    });
    expect(row.deprecated).toBe(true);
    expect(() => Depth3LocationOption.parse({ description: 'no value' })).toThrow();
  });

  it('parses a recursive category tree of any depth', () => {
    const tree = CategoryTree.parse({
      type: 'INTEREST',
      data: [{ id: 'I02', name: '가전', children: [{ id: 'I0206', name: 'IT', children: [{ id: 'I020601', name: 'PC' }] }] }],
    });
    expect(tree.data[0].children?.[0].children?.[0].id).toBe('I020601');
    expect(() => CategoryTree.parse({ type: 'INTEREST', data: [{ id: 'I02', children: [{ id: 3 }] }] })).toThrow();
  });

  it('accepts enum values Kakao may add later', () => {
    expect(CustomerFile.parse({ id: 1, name: 'a', customerFileStatus: 'ARCHIVED' }).customerFileStatus).toBe('ARCHIVED');
    expect(Tracker.parse({ trackId: '1', trackName: 'p', eventStatus: 'NEW', role: null }).eventStatus).toBe('NEW');
  });

  it('accepts string and numeric ids where the spec disagrees (spec-notes #11)', () => {
    expect(Cohort.parse({ cohortId: 1, name: 'c', type: 'DISPLAY' }).cohortId).toBe(1);
    expect(TalkChannelProfile.parse({ profileId: '_ZQxd', name: 'ch' }).profileId).toBe('_ZQxd');
  });

  it('only COMPLETE and ready customer files are targetable', () => {
    const base = { id: 1, name: 'f' };
    expect(isTargetableCustomerFile({ ...base, customerFileStatus: 'COMPLETE', ready: true })).toBe(true);
    expect(isTargetableCustomerFile({ ...base, customerFileStatus: 'COMPLETE', ready: false })).toBe(false);
    expect(isTargetableCustomerFile({ ...base, customerFileStatus: 'MODIFYING', ready: true })).toBe(false);
  });
});
