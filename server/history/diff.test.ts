import { describe, expect, it } from 'vitest';
import { diffFields, sameJson, valueAt } from './diff';

describe('full edit diff', () => {
  const group = {
    id: 1,
    name: 'Spring',
    dailyBudgetAmount: 50000,
    readOnly: 'ignored',
    targeting: { ages: ['20'], genders: ['M'] },
    schedule: { mondayTime: '1111', beginDate: '2026-05-01' },
  };

  it('lists only the sent fields that changed, with dotted paths into objects', () => {
    expect(
      diffFields(group, {
        name: 'Summer',
        dailyBudgetAmount: 50000,
        targeting: { ages: ['20', '30'], genders: ['M'] },
        schedule: { mondayTime: '1111', beginDate: '2026-06-01' },
      }),
    ).toEqual([
      { field: 'name', before: 'Spring', after: 'Summer' },
      { field: 'targeting.ages', before: ['20'], after: ['20', '30'] },
      { field: 'schedule.beginDate', before: '2026-05-01', after: '2026-06-01' },
    ]);
  });

  it('a field the group lacks reads as null before', () => {
    expect(diffFields(group, { adult: true })).toEqual([{ field: 'adult', before: null, after: true }]);
  });

  it('compares objects whatever their key order, and reads dotted paths back', () => {
    expect(sameJson({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(valueAt(group, 'targeting.ages')).toEqual(['20']);
    expect(valueAt(group, 'targeting.missing.deeper')).toBeUndefined();
  });
});
