import { describe, expect, it } from 'vitest';
import { DisplayAdGroupCreateRequest, DisplayAdGroupEditRequest } from '../contracts/ad-group-requests';
import { createDisplayAdGroupRequest, editDisplayAdGroupRequest } from '../contracts/spec-samples';
import { validateDisplayAdGroup, type DisplayValidationContext } from './validate-display';

const bizboardVisit: DisplayValidationContext = {
  campaign: { campaignType: 'TALK_BIZ_BOARD', goal: 'VISITING', dailyBudgetAmount: null },
  today: '2020-01-01',
};
const sample = DisplayAdGroupCreateRequest.parse(createDisplayAdGroupRequest);
const codes = (vs: { field: string; rule: string; detailCode?: number }[]) =>
  vs.map((v) => `${v.field}:${v.rule}${v.detailCode ? `:${v.detailCode}` : ''}`);
// The sample picks Gwangju (E) and a dong inside it (E13010702): the same region at two
// depths. Without that dong the sample is valid.
const withoutOverlap = {
  ...sample,
  targeting: {
    ...sample.targeting,
    depth3Locations: sample.targeting.depth3Locations?.filter((l) => l.value !== 'E13010702'),
  },
};
type Body = typeof withoutOverlap;
const check = (patch: Partial<Body>, ctx: Partial<DisplayValidationContext> = {}) =>
  codes(validateDisplayAdGroup({ ...withoutOverlap, ...patch }, { ...bizboardVisit, ...ctx }));

describe('validateDisplayAdGroup on the reference samples', () => {
  it('create sample: valid with a 2020 "today", except the region it picks at two depths', () => {
    expect(codes(validateDisplayAdGroup(sample, bizboardVisit))).toEqual([
      'targeting.depth3Locations:targeting.regionAtTwoDepths:22087',
    ]);
    expect(check({})).toEqual([]);
  });

  it('create sample with its depth-2 regions and section categories in the table places', () => {
    const full = {
      ...withoutOverlap,
      sectionCategories: ['KKO99-1'],
      targeting: { ...withoutOverlap.targeting, depth2Locations: [{ value: 'B7222' }, { value: 'I1009' }] },
    };
    expect(codes(validateDisplayAdGroup(full, bizboardVisit))).toEqual([]);
  });

  it('create sample: its 2020 dates are refused today', () => {
    expect(check({}, { today: '2024-05-01' })).toEqual(['schedule.beginDate:schedule.beginInPast']);
  });

  it('edit sample: valid except the same overlap; a past start date is kept on edit', () => {
    const edit = DisplayAdGroupEditRequest.parse(editDisplayAdGroupRequest);
    const ctx = { ...bizboardVisit, today: '2024-05-01', existing: { adult: false, beginDate: '2020-01-01' } };
    expect(codes(validateDisplayAdGroup(edit, ctx))).toEqual([
      'targeting.depth3Locations:targeting.regionAtTwoDepths:22087',
    ]);
  });
});

describe('validateDisplayAdGroup rules in context', () => {
  it('refuses campaigns the Open API cannot create under', () => {
    expect(check({}, { campaign: { campaignType: 'TALK_BIZ_BOARD', goal: 'REACH' } })).toEqual([
      'campaign:adGroup.readonlyCampaign',
    ]);
    expect(check({}, { campaign: { campaignType: 'TALK_CHANNEL', goal: 'REACH' } })).toEqual([
      'campaign:adGroup.readonlyCampaign',
    ]);
  });

  it('bounds the target CPC by half of the body budget', () => {
    const target = (value: number) => check({ bidStrategyTarget: { type: 'TARGET_CPC', value } });
    expect(target(50_000)).toEqual([]);
    expect(target(50_001)).toEqual(['bidStrategyTarget.value:autobid.targetMax']);
    expect(check({ bidAmount: 100 })).toEqual(['bidAmount:autobid.bidAmountNotZero']);
    expect(check({ pacing: 'NORMAL' })).toEqual(['pacing:pacing.notAllowed:32016']);
  });

  it('checks manual bids against the pricing type and budget', () => {
    const manual = { bidStrategy: 'MANUAL' as const, bidStrategyTarget: null, pacing: 'NORMAL' as const };
    expect(check({ ...manual, pricingType: 'CPM', bidAmount: 1_000 })).toEqual([]);
    expect(check({ ...manual, pricingType: 'CPM', bidAmount: 999 })).toEqual(['bidAmount:bid.min']);
    expect(check({ ...manual, pricingType: 'CPM', bidAmount: 50_001 })).toEqual(['bidAmount:bid.max']);
    expect(check({ ...manual, pricingType: 'CPA', bidAmount: 1_500 })).toEqual([
      'pricingType:pricingType.notAllowed',
    ]);
    expect(check({ ...manual, pricingType: 'CPC', bidAmount: 200, pacing: 'NONE' })).toEqual([
      'pacing:pacing.notAllowed:32016',
    ]);
  });

  it('refuses AUTOBID for Video', () => {
    const video = { campaign: { campaignType: 'VIDEO', goal: 'VIEW' } };
    const body = { pricingType: 'CPV' as const, sectionCategories: [] };
    expect(check(body, video)).toEqual(['bidStrategy:bidStrategy.notAllowed']);
  });

  it('checks the budget against the campaign budget (32021 below the minimum)', () => {
    expect(check({ dailyBudgetAmount: 9_990 })).toContain('dailyBudgetAmount:budget.min:32021');
    expect(check({}, { campaign: { ...bizboardVisit.campaign, dailyBudgetAmount: 90_000 } })).toEqual([
      'dailyBudgetAmount:budget.aboveCampaign',
    ]);
  });

  it('keeps adult on once set', () => {
    expect(check({}, { existing: { adult: true } })).toEqual(['adult:targeting.adultCannotTurnOff']);
    expect(check({}, { existing: { adult: false } })).toEqual([]);
  });

  it('checks the hour arrays but not detailTime (spec-notes #13)', () => {
    const s = withoutOverlap.schedule;
    expect(check({ schedule: { ...s, detailTime: true } })).toEqual([]);
    const off = Array<string>(24).fill('0');
    const days = ['mondayTime', 'tuesdayTime', 'wednesdayTime', 'thursdayTime', 'fridayTime', 'saturdayTime', 'sundayTime'];
    const allOff = { ...s, ...Object.fromEntries(days.map((d) => [d, off])) };
    expect(check({ schedule: allOff })).toEqual(['schedule:schedule.noHours']);
  });

  it('checks devices and placements', () => {
    expect(check({ deviceTypes: ['PC'] })).toEqual(['deviceTypes:device.pcNotAllowed']);
    expect(check({ placements: ['NETWORK'] })).toEqual(['adServingCategories:placement.adServingCategoriesRequired']);
  });
});
