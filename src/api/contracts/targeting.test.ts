import { describe, expect, it } from 'vitest';
import { createDisplayAdGroupRequest, messagePriceTableUntargetedTargeting, viewDisplayAdGroupResponse } from './spec-samples';
import { Depth3Location, Location, Targeting, TargetingRequest, TrackerTargeting } from './targeting';

const minimal = { ageType: 'ALL', genderType: 'ALL', locationType: 'ALL' };

describe('Targeting (read)', () => {
  const read = Targeting.parse(viewDisplayAdGroupResponse.targeting);

  it('reads `depth2locations` as `depth2Locations` and `desrciption` as `description` (spec-notes #9)', () => {
    expect(read).not.toHaveProperty('depth2locations');
    expect(read.depth2Locations?.map((l) => l.value)).toEqual(['B7222', 'I1009']);
    expect(read.depth2Locations?.[0]).toMatchObject({ description: '경기도 여주시', depth2Name: '여주시' });
    expect(read.depth2Locations?.[0]).not.toHaveProperty('desrciption');
    expect(read.depth3Locations?.[0].description).toBe('강원도 삼척시 원덕읍');
  });

  it('keeps the table spelling when it comes, and prefers the filled one when both do', () => {
    const region = { value: 'B7222', description: '경기도 여주시' };
    expect(Targeting.parse({ depth2Locations: [region] }).depth2Locations).toEqual([region]);
    expect(Targeting.parse({ depth2Locations: [], depth2locations: [region] }).depth2Locations).toEqual([region]);
    expect(Targeting.parse({ depth2Locations: [region], depth2locations: [] }).depth2Locations).toEqual([region]);
    expect(Location.parse({ value: 'E', description: 'a', desrciption: 'b' }).description).toBe('a');
  });

  it('keeps deprecated regions and categories for the editor to flag', () => {
    expect(read.depth3Locations?.[1]).toMatchObject({ value: 'M55550301', deprecated: true });
    expect(read.ufoDeprecatedInterests).toEqual(['I320104']);
    expect(Depth3Location.parse({ value: 'A1', description: 'x' }).deprecated).toBeUndefined();
  });

  it('turns numeric profile and cohort ids into strings (spec-notes #11)', () => {
    const t = Targeting.parse(createDisplayAdGroupRequest.targeting);
    expect(t.talkChannelTargetings?.[0].profileId).toBe('1');
    expect(t.syncAppTargetings?.[0].profileId).toBe('1');
    expect(t.cohortTargetings?.[0].cohortId).toBe('1');
  });

  it('is lenient: unknown values and keys pass, absent fields are fine', () => {
    const t = Targeting.parse({
      type: 'LOOKALIKE',
      ageType: 'SOME',
      cohortTargetings: [{ cohortId: 'c1', inclusionType: 'MAYBE' }],
      talkChannelGroupTargetings: [{ talkChannelGroupFileId: 3, fileType: 'EMAIL_LIST' }],
      ufoInterests: ['I02', { id: 'I0202', name: '가전' }],
      brandNew: { x: 1 },
    });
    expect(t).toMatchObject({ type: 'LOOKALIKE', ageType: 'SOME', brandNew: { x: 1 } });
    expect(t.cohortTargetings?.[0].inclusionType).toBe('MAYBE');
    expect(t.talkChannelGroupTargetings?.[0].fileType).toBe('EMAIL_LIST');
    expect(t.ufoInterests).toEqual(['I02', 'I0202']);
    expect(Targeting.parse(messagePriceTableUntargetedTargeting).locationType).toBe('');
  });

  it('still rejects what cannot be a targeting', () => {
    expect(Targeting.safeParse({ locations: [{ description: 'no value' }] }).success).toBe(false);
    expect(Targeting.safeParse({ ages: '20' }).success).toBe(false);
  });
});

describe('TargetingRequest (sent)', () => {
  const ok = (body: object) => TargetingRequest.safeParse({ ...minimal, ...body }).success;

  it('accepts ALL and NOT_ALL, and rejects other spellings (spec-notes #2)', () => {
    expect(ok({ ageType: 'NOT_ALL', ages: ['20'] })).toBe(true);
    expect(ok({ ageType: 'All' })).toBe(false);
    expect(ok({ genderType: 'NOT_ALL', genders: ['F'] })).toBe(true);
    expect(ok({ genderType: 'NONE' })).toBe(false);
    expect(ok({ locationType: 'AREA', locations: [{ value: 'E', description: '광주광역시' }] })).toBe(true);
    expect(ok({ locationType: 'NOT_ALL' })).toBe(false);
  });

  it('rejects the pricing table\'s `locationType: ""`: the console sends ALL', () => {
    expect(TargetingRequest.safeParse(messagePriceTableUntargetedTargeting).success).toBe(false);
  });

  it('requires genderType and locationType; an absent ageType means ALL (the Message edit sample)', () => {
    expect(TargetingRequest.safeParse({ ageType: 'ALL', locationType: 'ALL' }).success).toBe(false);
    expect(TargetingRequest.safeParse({ ageType: 'ALL', genderType: 'ALL' }).success).toBe(false);
    expect(TargetingRequest.parse({ genderType: 'ALL', locationType: 'ALL' }).ageType).toBe('ALL');
  });

  it('checks the age, gender, audience type and inclusion enums', () => {
    expect(ok({ ages: ['15', '70'] })).toBe(true);
    expect(ok({ ages: ['16'] })).toBe(false);
    expect(ok({ genders: ['M', 'F'] })).toBe(true);
    expect(ok({ genders: ['X'] })).toBe(false);
    expect(ok({ type: 'DISPLAY', id: 7 })).toBe(true);
    expect(ok({ type: 'LOOKALIKE' })).toBe(false);
    expect(ok({ customerFileTargetings: [{ customerFileId: 1, inclusionType: 'EXCLUDE' }] })).toBe(true);
    expect(ok({ customerFileTargetings: [{ customerFileId: 1, inclusionType: 'include' }] })).toBe(false);
    expect(ok({ customerFileTargetings: [{ inclusionType: 'INCLUDE' }] })).toBe(false);
  });

  it('checks friend group items, file type included', () => {
    const group = { talkChannelGroupFileId: 3, name: 'VIP', inclusionType: 'INCLUDE', fileType: 'PHONE_NUMBER', groupKey: 'g' };
    expect(ok({ talkChannelGroupTargetings: [group] })).toBe(true);
    expect(ok({ talkChannelGroupTargetings: [{ ...group, fileType: 'EMAIL' }] })).toBe(false);
    expect(ok({ talkChannelGroupTargetings: [{ ...group, groupKey: undefined }] })).toBe(false);
  });

  it('requires every Pixel & SDK field the table marks O', () => {
    const tracker = createDisplayAdGroupRequest.targeting.trackerTargetings[0];
    expect(TrackerTargeting.parse(tracker)).toEqual(tracker);
    const { term: _term, ...noTerm } = tracker;
    expect(TrackerTargeting.safeParse(noTerm).success).toBe(false);
    expect(TrackerTargeting.safeParse({ ...tracker, term: '180' }).success).toBe(false);
  });

  it('sends ids as strings whatever it was given (spec-notes #11)', () => {
    const t = TargetingRequest.parse(createDisplayAdGroupRequest.targeting);
    expect(t.cohortTargetings).toEqual([{ cohortId: '1', inclusionType: 'EXCLUDE' }]);
    expect(t.talkChannelTargetings).toEqual([{ profileId: '1', inclusionType: 'EXCLUDE' }]);
  });

  it('knows only the table spellings: the sample\'s `depth2locations` and inner `sectionCategories` are not sent', () => {
    const t = TargetingRequest.parse(createDisplayAdGroupRequest.targeting);
    expect(t).not.toHaveProperty('depth2locations');
    expect(t).not.toHaveProperty('sectionCategories');
    expect(t.depth2Locations).toBeUndefined();
    expect(t.depth3Locations?.map((l) => l.description)).toEqual(['강원도 삼척시 원덕읍', '광주광역시 남구 백운2동']);
  });
});
