import { describe, expect, it } from 'vitest';
import type { TargetingRequest } from '../../../api/contracts/targeting';
import { checkTargeting } from '../../../api/rules/targeting';
import {
  applyAdult,
  chooseAudience,
  clearCustomAudiences,
  countChoices,
  emptyTargeting,
  hasChoices,
  isAdultCompliant,
  setAgeType,
  setGenderType,
  setInclusion,
  toggleAge,
  toggleGender,
} from './targeting-value';

const ctx = { kind: 'display', campaignType: 'DISPLAY', goal: 'CONVERSION', adult: false } as const;

describe('targeting value helpers', () => {
  it('starts from ALL everywhere, which the rules accept', () => {
    expect(checkTargeting(emptyTargeting(), ctx)).toEqual([]);
    expect(hasChoices(emptyTargeting())).toBe(false);
  });

  it('keeps ages and genders in the reference order and drops the list for ALL', () => {
    let t = toggleAge(toggleAge(emptyTargeting(), '70', true), '15', true);
    expect(t).toMatchObject({ ageType: 'NOT_ALL', ages: ['15', '70'] });
    t = toggleAge(t, '15', false);
    expect(t.ages).toEqual(['70']);
    expect(setAgeType(t, 'ALL')).not.toHaveProperty('ages');
    t = toggleGender(emptyTargeting(), 'F', true);
    expect(t).toMatchObject({ genderType: 'NOT_ALL', genders: ['F'] });
    expect(setGenderType(t, 'ALL')).not.toHaveProperty('genders');
    expect(checkTargeting(setAgeType(emptyTargeting(), 'NOT_ALL'), ctx).map((v) => v.rule)).toEqual(['targeting.agesRequired']);
  });

  it('adult makes the ages exactly 20 to 70+, as the rules require', () => {
    const t = applyAdult(toggleAge(emptyTargeting(), '15', true));
    expect(isAdultCompliant(t)).toBe(true);
    expect(t.ages).not.toContain('15');
    expect(checkTargeting(t, { ...ctx, adult: true })).toEqual([]);
    expect(isAdultCompliant(emptyTargeting())).toBe(false);
  });

  it('an audience empties everything else, as the rules require', () => {
    const busy: TargetingRequest = {
      ...toggleAge(emptyTargeting(), '20', true),
      customerFileTargetings: [{ customerFileId: 1, inclusionType: 'INCLUDE' }],
    };
    expect(countChoices(busy)).toEqual({ ages: 1, genders: 0, regions: 0, customAudiences: 1 });
    const audience = chooseAudience('DISPLAY', 101);
    expect(audience).toEqual({ type: 'DISPLAY', id: 101, ageType: 'ALL', genderType: 'ALL', locationType: 'ALL' });
    expect(checkTargeting(audience, ctx)).toEqual([]);
    expect(chooseAudience('MESSAGE', null)).not.toHaveProperty('id');
  });

  it('sets, changes and removes include/exclude entries', () => {
    const same = (c: { customerFileId: number }) => c.customerFileId === 1;
    const make = (inclusionType: 'INCLUDE' | 'EXCLUDE') => ({ customerFileId: 1, inclusionType });
    let t = setInclusion(emptyTargeting(), 'customerFileTargetings', same, make, 'INCLUDE');
    expect(t.customerFileTargetings).toEqual([{ customerFileId: 1, inclusionType: 'INCLUDE' }]);
    t = setInclusion(t, 'customerFileTargetings', same, make, 'EXCLUDE');
    expect(t.customerFileTargetings).toEqual([{ customerFileId: 1, inclusionType: 'EXCLUDE' }]);
    t = setInclusion(t, 'customerFileTargetings', same, make, null);
    expect(t.customerFileTargetings).toEqual([]);
  });

  it('clears every custom-audience list at once', () => {
    const t = clearCustomAudiences({ ...emptyTargeting(), ufoInterests: ['I02'], cohortTargetings: [{ cohortId: '1', inclusionType: 'INCLUDE' }] });
    expect(t).toEqual(emptyTargeting());
  });
});
