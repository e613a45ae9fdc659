import { describe, expect, it } from 'vitest';
import { messagePriceTableUntargetedTargeting } from '../contracts/spec-samples';
import { ADULT_AGES, checkTargeting, hasTargeting, type TargetingContext, type TargetingView } from './targeting';

const all: TargetingView = { ageType: 'ALL', genderType: 'ALL', locationType: 'ALL' };
const display: TargetingContext = { kind: 'display', campaignType: 'DISPLAY', goal: 'VISITING', adult: false };
const message: TargetingContext = { kind: 'message', campaignType: 'TALK_CHANNEL', goal: 'REACH', adult: false };
const rules = (t: TargetingView, ctx: Partial<TargetingContext> = {}) =>
  checkTargeting({ ...all, ...t }, { ...display, ...ctx }).map((v) => `${v.field}:${v.rule}`);

describe('demographics', () => {
  it('accepts "all" everywhere and requires the three types', () => {
    expect(rules({})).toEqual([]);
    expect(rules({ ageType: null, genderType: undefined })).toEqual([
      'targeting.ageType:required',
      'targeting.genderType:required',
    ]);
  });

  it('ALL takes no list, NOT_ALL at least one (spec-notes #2)', () => {
    expect(rules({ ages: ['20'] })).toEqual(['targeting.ages:targeting.agesNotAllowed']);
    expect(rules({ ages: [] })).toEqual([]);
    expect(rules({ ageType: 'NOT_ALL', ages: [] })).toEqual(['targeting.ages:targeting.agesRequired']);
    expect(rules({ ageType: 'NOT_ALL', ages: ['20'] })).toEqual([]);
    expect(rules({ genders: ['M'] })).toEqual(['targeting.genders:targeting.gendersNotAllowed']);
    expect(rules({ genderType: 'NOT_ALL' })).toEqual(['targeting.genders:targeting.gendersRequired']);
    expect(rules({ genderType: 'NOT_ALL', genders: ['F'] })).toEqual([]);
    expect(rules({ ageType: 'All' })).toEqual(['targeting.ageType:notAllowed']);
  });

  it('ALL takes no region, AREA at least one at any depth', () => {
    expect(rules({ locations: [{ value: 'A' }] })).toEqual(['targeting.locations:targeting.locationsNotAllowed']);
    expect(rules({ locationType: 'AREA' })).toEqual(['targeting.locations:targeting.locationsRequired']);
    expect(rules({ locationType: 'AREA', depth3Locations: [{ value: 'A70052424' }] })).toEqual([]);
    expect(rules({ locationType: 'AREA', depth2Locations: [{ value: 'B7222' }] })).toEqual([]);
    expect(rules({ locationType: 'AREA', locations: [{ value: 'A' }], depth2Locations: [{ value: 'A7000' }] })).toEqual([
      'targeting.depth2Locations:targeting.regionAtTwoDepths',
    ]);
  });

  it('checks regions only for AREA, and overseas only for Bizboard', () => {
    const z = { locationType: 'AREA', locations: [{ value: 'Z' }] };
    expect(rules(z)).toEqual([]);
    expect(rules(z, { campaignType: 'TALK_BIZ_BOARD' })).toEqual(['targeting.locations:targeting.overseasNotAllowed']);
  });
});

describe('adult', () => {
  const adultAges = { ageType: 'NOT_ALL', ages: [...ADULT_AGES] };
  it('needs NOT_ALL and exactly the ages 20 to 70', () => {
    expect(ADULT_AGES).toEqual(['20', '25', '30', '35', '40', '45', '50', '55', '60', '65', '70']);
    expect(rules(adultAges, { adult: true })).toEqual([]);
    expect(rules({ ...adultAges, ages: [...ADULT_AGES].reverse() }, { adult: true })).toEqual([]);
    expect(rules({}, { adult: true })).toEqual(['targeting.ageType:targeting.adultAgeType', 'targeting.ages:targeting.adultAges']);
    expect(rules({ ...adultAges, ages: ['15', ...ADULT_AGES] }, { adult: true })).toEqual([
      'targeting.ages:targeting.adultAges',
    ]);
    expect(rules({ ...adultAges, ages: ADULT_AGES.slice(1) }, { adult: true })).toEqual([
      'targeting.ages:targeting.adultAges',
    ]);
  });

  it('cannot go from true to false on edit', () => {
    expect(rules({}, { adult: false, existingAdult: true })).toEqual(['adult:targeting.adultCannotTurnOff']);
    expect(rules({}, { adult: false, existingAdult: false })).toEqual([]);
    expect(rules(adultAges, { adult: true, existingAdult: false })).toEqual([]);
  });
});

describe('audiences', () => {
  it('DISPLAY audience needs an id and nothing else, for the Display family', () => {
    expect(rules({ type: 'DISPLAY', id: 7 })).toEqual([]);
    expect(rules({ type: 'DISPLAY' })).toEqual(['targeting.id:targeting.audienceIdRequired']);
    expect(rules({ type: 'DISPLAY', id: 7, genderType: 'NOT_ALL', genders: ['M'] })).toEqual([
      'targeting:targeting.audienceExclusive',
    ]);
    expect(rules({ type: 'DISPLAY', id: 7, cohortTargetings: [{ inclusionType: 'INCLUDE' }] })).toEqual([
      'targeting:targeting.audienceExclusive',
    ]);
    expect(rules({ type: 'MESSAGE', id: 7 })).toEqual(['targeting.type:targeting.audienceTypeNotAllowed']);
  });

  it('Message groups use MESSAGE audiences', () => {
    expect(rules({ type: 'MESSAGE', id: 7 }, message)).toEqual([]);
    expect(rules({ type: 'DISPLAY', id: 7 }, message)).toEqual(['targeting.type:targeting.audienceTypeNotAllowed']);
  });
});

describe('custom audiences', () => {
  it('allows friend groups only under Talk Channel × Reach', () => {
    const t = { talkChannelGroupTargetings: [{ inclusionType: 'INCLUDE' }] };
    expect(rules(t, message)).toEqual([]);
    expect(rules(t)).toEqual(['targeting.talkChannelGroupTargetings:targeting.talkChannelGroupNotAllowed']);
  });

  it('forbids custom audiences with Smart message', () => {
    expect(rules({ ufoInterests: ['I02'] }, { ...message, smartMessage: true })).toEqual([
      'targeting:targeting.smartMessageNoCustomAudience',
    ]);
    expect(rules({ genderType: 'NOT_ALL', genders: ['M'] }, { ...message, smartMessage: true })).toEqual([]);
    expect(rules({ ufoInterests: ['I02'] }, { ...message, smartMessage: false })).toEqual([]);
  });

  it('keeps tracker terms within 1 to 180 days', () => {
    const tr = (term: number) => ({ trackerTargetings: [{ inclusionType: 'INCLUDE', term }] });
    expect(rules(tr(0))).toEqual(['targeting.trackerTargetings.0.term:targeting.trackerTerm']);
    expect(rules(tr(1))).toEqual([]);
    expect(rules(tr(180))).toEqual([]);
    expect(rules(tr(181))).toEqual(['targeting.trackerTargetings.0.term:targeting.trackerTerm']);
  });

  it('needs INCLUDE or EXCLUDE', () => {
    expect(rules({ customerFileTargetings: [{ inclusionType: 'EXCLUDE' }] })).toEqual([]);
    expect(rules({ customerFileTargetings: [{ inclusionType: 'MAYBE' }] })).toEqual([
      'targeting.customerFileTargetings.0.inclusionType:targeting.inclusionType',
    ]);
  });
});

describe('hasTargeting (message price)', () => {
  it('is false for "all" and for NOT_ALL with an empty list', () => {
    expect(hasTargeting(all)).toBe(false);
    expect(hasTargeting(null)).toBe(false);
    expect(hasTargeting({ ...all, genderType: 'NOT_ALL', genders: [] })).toBe(false);
    // The reference's own "targeting not applied" example (15 won).
    expect(hasTargeting(messagePriceTableUntargetedTargeting)).toBe(false);
  });

  it('is true for any narrowing', () => {
    expect(hasTargeting({ ...all, genderType: 'NOT_ALL', genders: ['M'] })).toBe(true);
    expect(hasTargeting({ ...all, ageType: 'NOT_ALL', ages: ['30'] })).toBe(true);
    expect(hasTargeting({ ...all, locationType: 'AREA', depth3Locations: [{ value: 'A70052424' }] })).toBe(true);
    expect(hasTargeting({ ...all, talkChannelGroupTargetings: [{ inclusionType: 'INCLUDE' }] })).toBe(true);
    expect(hasTargeting({ ...all, type: 'MESSAGE', id: 1 })).toBe(true);
  });
});
