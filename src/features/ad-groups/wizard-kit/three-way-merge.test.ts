import { describe, expect, it } from 'vitest';
import { applyChoices, sameValue, threeWayMerge } from './three-way-merge';

const base = { name: 'Spring', dailyBudgetAmount: '100000', grid: [[true, false]], targeting: { ages: ['20'], genders: ['M'] } };

describe('threeWayMerge', () => {
  it('keeps a field changed elsewhere and untouched here', () => {
    const mine = { ...base, dailyBudgetAmount: '300000' };
    const theirs = { ...base, name: 'Renamed in tab A' };
    const result = threeWayMerge(base, mine, theirs);
    expect(result.conflicts).toEqual([]);
    expect(result.takenFromTheirs).toEqual(['name']);
    expect(result.merged).toEqual({ ...base, name: 'Renamed in tab A', dailyBudgetAmount: '300000' });
  });

  it('reports a field changed both here and elsewhere, differently, holding mine until chosen', () => {
    const mine = { ...base, name: 'Mine' };
    const theirs = { ...base, name: 'Theirs' };
    const result = threeWayMerge(base, mine, theirs);
    expect(result.conflicts).toEqual([{ path: 'name', mine: 'Mine', theirs: 'Theirs' }]);
    expect(result.merged.name).toBe('Mine');
    expect(applyChoices(result, { name: 'theirs' }).name).toBe('Theirs');
    expect(applyChoices(result, { name: 'mine' }).name).toBe('Mine');
  });

  it('the same change on both sides is no conflict', () => {
    const same = { ...base, name: 'Both' };
    expect(threeWayMerge(base, same, { ...same }).conflicts).toEqual([]);
  });

  it('merges targeting key by key, and conflicts at the inner path', () => {
    const mine = { ...base, targeting: { ages: ['30'], genders: ['M'] } };
    const theirs = { ...base, targeting: { ages: ['20'], genders: ['F'] } };
    expect(threeWayMerge(base, mine, theirs).merged.targeting).toEqual({ ages: ['30'], genders: ['F'] });
    const clash = threeWayMerge(base, mine, { ...base, targeting: { ages: ['40'], genders: ['M'] } });
    expect(clash.conflicts.map((c) => c.path)).toEqual(['targeting.ages']);
    expect(applyChoices(clash, { 'targeting.ages': 'theirs' }).targeting).toEqual({ ages: ['40'], genders: ['M'] });
  });

  it('treats an array (the schedule grid) as one value', () => {
    const result = threeWayMerge(base, { ...base, grid: [[true, true]] }, { ...base, grid: [[false, false]] });
    expect(result.conflicts.map((c) => c.path)).toEqual(['grid']);
  });

  it('nothing changed anywhere: mine as is', () => {
    const result = threeWayMerge(base, { ...base }, { ...base });
    expect(result).toEqual({ merged: base, conflicts: [], takenFromTheirs: [] });
  });
});

describe('sameValue', () => {
  it('compares deeply, ignoring key order', () => {
    expect(sameValue({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue({ a: undefined }, {})).toBe(true);
  });
});
