import { describe, expect, it } from 'vitest';
import { MessageAdGroupCreateRequest, MessageAdGroupEditRequest } from '../contracts/ad-group-requests';
import { createMessageAdGroupRequest, editMessageAdGroupRequest } from '../contracts/spec-samples';
import { validateMessageAdGroup, type MessageValidationContext } from './validate-message';

const talkChannel = { campaignType: 'TALK_CHANNEL', goal: 'REACH' };
const ctx: MessageValidationContext = { campaign: talkChannel, today: '2023-11-14', populationScore: 100 };
const sample = MessageAdGroupCreateRequest.parse(createMessageAdGroupRequest);
const codes = (vs: { field: string; rule: string }[]) => vs.map((v) => `${v.field}:${v.rule}`);
type Body = typeof sample;
const check = (patch: Partial<Body>, c: Partial<MessageValidationContext> = {}) =>
  codes(validateMessageAdGroup({ ...sample, ...patch }, { ...ctx, ...c }));
const info = (patch: Partial<Body['messageSendingInfo']>) => ({ messageSendingInfo: { ...sample.messageSendingInfo, ...patch } });

describe('validateMessageAdGroup on the reference samples', () => {
  it('create sample is valid (no targeting: the count starts at the estimate)', () => {
    expect(check({})).toEqual([]);
    expect(check({}, { populationScore: 101 })).toEqual(['messageSendingInfo.contractCount:message.contractCountMin']);
  });

  it('edit sample: only its stale price of 30 is refused (spec-notes #6, #7)', () => {
    const edit = MessageAdGroupEditRequest.parse(editMessageAdGroupRequest);
    const c = { ...ctx, today: '2024-01-01', populationScore: 134, existing: { beginDate: '2021-06-01' } };
    expect(codes(validateMessageAdGroup(edit, c))).toEqual(['messageSendingInfo.price:message.priceMismatch']);
    const fixed = { ...edit, bidAmount: 20, messageSendingInfo: { ...edit.messageSendingInfo, price: 20 } };
    expect(codes(validateMessageAdGroup(fixed, c))).toEqual([]);
  });
});

describe('validateMessageAdGroup rules', () => {
  it('refuses other campaign types', () => {
    expect(check({}, { campaign: { campaignType: 'DISPLAY', goal: 'VISITING' } })).toEqual([
      'campaign:adGroup.readonlyCampaign',
    ]);
  });

  it('prices 20 with targeting, and bidAmount follows the price', () => {
    const targeted = { targeting: { ...sample.targeting, genderType: 'NOT_ALL' as const, genders: ['F' as const] } };
    expect(check(targeted)).toEqual(['messageSendingInfo.price:message.priceMismatch']);
    expect(check({ ...targeted, ...info({ price: 20 }), bidAmount: 20 })).toEqual([]);
    expect(check({ bidAmount: 20 })).toEqual(['bidAmount:message.bidAmountMismatch']);
  });

  it('bounds the count by targeting kind (spec-notes #5)', () => {
    const targeted = { targeting: { ...sample.targeting, ageType: 'NOT_ALL' as const, ages: ['30' as const] }, bidAmount: 20 };
    const count = (n: number) => check({ ...targeted, ...info({ price: 20, contractCount: n }) }, { populationScore: 134 });
    expect(count(0)).toEqual(['messageSendingInfo.contractCount:message.contractCountMin']);
    expect(count(134)).toEqual([]);
    expect(count(135)).toEqual(['messageSendingInfo.contractCount:message.contractCountMax']);
  });

  it('Smart message: at least 30,000, and no custom audience', () => {
    const smart = (n: number, population = 40_000) =>
      check({ smartMessage: true, ...info({ contractCount: n }) }, { populationScore: population });
    expect(smart(29_999)).toEqual(['messageSendingInfo.contractCount:message.contractCountMin']);
    expect(smart(30_000)).toEqual([]);
    expect(smart(30_000, 20_000)).toEqual(['messageSendingInfo.contractCount:message.populationTooSmall']);
    const withAudience = { ...sample.targeting, ufoInterests: ['I02'] };
    const smartWithAudience = { smartMessage: true, targeting: withAudience, bidAmount: 20 };
    const body = { ...smartWithAudience, ...info({ contractCount: 30_000, price: 20 }) };
    expect(check(body, { populationScore: 40_000 })).toEqual([
      'targeting:targeting.smartMessageNoCustomAudience',
    ]);
  });

  it('fixes placements-side flags and adult', () => {
    expect(check({ allAvailablePlacement: true })).toEqual(['allAvailablePlacement:mustEqual']);
    expect(check({ adult: true })).toEqual(['adult:mustEqual']);
  });

  it('accepts allAvailableDeviceType either way (spec-notes #4)', () => {
    expect(check({ allAvailableDeviceType: false })).toEqual([]);
    expect(check({ allAvailableDeviceType: true })).toEqual([]);
  });

  it('longTerm needs an end date and time within 30 days', () => {
    expect(check(info({ longTerm: true }))).toEqual([
      'schedule.endDate:schedule.longTermEndRequired',
      'schedule.endTime:schedule.longTermEndRequired',
    ]);
    const schedule = { ...sample.schedule, endDate: '2023-12-15', endTime: '23:59:59' };
    expect(check({ ...info({ longTerm: true }), schedule })).toEqual([]);
    expect(check({ ...info({ longTerm: true }), schedule: { ...schedule, endDate: '2023-12-16' } })).toEqual([
      'schedule.endDate:schedule.periodTooLong',
    ]);
  });

  it('refuses a start in the past on create', () => {
    expect(check({}, { today: '2023-11-16' })).toEqual(['schedule.beginDate:schedule.beginInPast']);
  });
});
