import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  BidAmountRequest,
  DailyBudgetRequest,
  DisplayAdGroupCreateRequest,
  DisplayAdGroupEditRequest,
  MessageAdGroupCreateRequest,
  MessageAdGroupEditRequest,
  OnOffRequest,
  PacingRequest,
  PersonalizedAdGroupCreateRequest,
  PersonalizedAdGroupEditRequest,
} from './ad-group-requests';
import { createDisplayAdGroupRequest, createMessageAdGroupRequest, editMessageAdGroupRequest } from './spec-samples';

const display = createDisplayAdGroupRequest;
const message = createMessageAdGroupRequest;
const accepts = (schema: z.ZodType, body: unknown) => schema.safeParse(body).success;
function without<T extends object>(body: T, key: keyof T): Partial<T> {
  const copy: Partial<T> = { ...body };
  delete copy[key];
  return copy;
}

describe('DisplayAdGroupCreateRequest', () => {
  it('fills in Kakao\'s defaults, so the payload always carries them (spec-notes #3)', () => {
    const body = without(without(without(display, 'allAvailableDeviceType'), 'allAvailablePlacement'), 'adult');
    const parsed = DisplayAdGroupCreateRequest.parse(body);
    expect(parsed).toMatchObject({ allAvailableDeviceType: true, allAvailablePlacement: true, adult: false });
  });

  it.each(['campaign', 'placements', 'deviceTypes', 'targeting', 'dailyBudgetAmount', 'bidStrategy', 'pricingType', 'bidAmount', 'pacing', 'schedule'] as const)(
    'requires %s',
    (key) => {
      expect(accepts(DisplayAdGroupCreateRequest, display)).toBe(true);
      expect(accepts(DisplayAdGroupCreateRequest, without(display, key))).toBe(false);
    },
  );

  it.each([
    ['bidStrategy', 'MANUAL', 'OPTIMIZATION'],
    ['pricingType', 'CPV', 'CPMS'],
    ['pacing', 'QUICK', 'FAST'],
    ['placements', ['NETWORK', 'DAUM'], ['NAVER']],
    ['placements', ['KAKAO_TALK'], []],
    ['deviceTypes', ['PC'], ['WINDOWS']],
    ['type', 'DISPLAY', 'MESSAGE'],
    ['bidAmount', 0, -1],
    ['dailyBudgetAmount', 100_000, 100_000.5],
    ['bidStrategyTarget', { type: 'MAXIMIZE_CLICK' }, { value: 250 }],
  ])('%s: takes %j, refuses %j', (key, good, bad) => {
    expect(accepts(DisplayAdGroupCreateRequest, { ...display, [key]: good })).toBe(true);
    expect(accepts(DisplayAdGroupCreateRequest, { ...display, [key]: bad })).toBe(false);
  });

  it('never requires the top-level type (spec-notes #12)', () => {
    expect(accepts(DisplayAdGroupCreateRequest, without(display, 'type'))).toBe(true);
  });

  it('limits the name to 50 characters as a person counts them', () => {
    expect(accepts(DisplayAdGroupCreateRequest, { ...display, name: '가'.repeat(50) })).toBe(true);
    expect(accepts(DisplayAdGroupCreateRequest, { ...display, name: '가'.repeat(51) })).toBe(false);
    expect(accepts(DisplayAdGroupCreateRequest, { ...display, name: '😀'.repeat(50) })).toBe(true);
  });

  it('sends only known keys; `sectionCategories` goes at the top level (spec-notes #10)', () => {
    const parsed = DisplayAdGroupCreateRequest.parse({ ...display, sectionCategories: ['KKO99-1'], junk: 1 });
    expect(parsed.sectionCategories).toEqual(['KKO99-1']);
    expect(parsed).not.toHaveProperty('junk');
    expect(parsed.targeting).not.toHaveProperty('sectionCategories');
    expect(parsed.campaign).toEqual({ id: 5678 });
  });

  it('the edit body is the create body plus the ad group id', () => {
    expect(accepts(DisplayAdGroupEditRequest, display)).toBe(false);
    expect(DisplayAdGroupEditRequest.parse({ ...display, id: 1234 }).id).toBe(1234);
  });
});

describe('MessageAdGroupCreateRequest', () => {
  it.each([
    ['pricingType', 'CPC'],
    ['bidStrategy', 'AUTOBID'],
    ['pacing', 'NORMAL'],
    ['placements', ['DAUM']],
    ['deviceTypes', ['PC']],
  ])('refuses %s %j: the table fixes it', (key, bad) => {
    expect(accepts(MessageAdGroupCreateRequest, message)).toBe(true);
    expect(accepts(MessageAdGroupCreateRequest, { ...message, [key]: bad })).toBe(false);
  });

  it.each(['messageSendingInfo', 'targeting', 'schedule', 'smartMessage', 'allAvailableDeviceType', 'adult'] as const)('requires %s', (key) => {
    expect(accepts(MessageAdGroupCreateRequest, without(message, key))).toBe(false);
  });

  it.each([
    ['sendRate', 1500, 700],
    ['status', 'SAVE', 'FINISHED'],
    ['syncStatus', 'READY', 'SUCCESS'],
    ['contractCount', 30_000, '30000'],
    ['pushAlarm', false, 'no'],
  ])('messageSendingInfo.%s: takes %j, refuses %j', (key, good, bad) => {
    const info = (value: unknown) => ({ ...message, messageSendingInfo: { ...message.messageSendingInfo, [key]: value } });
    expect(accepts(MessageAdGroupCreateRequest, info(good))).toBe(true);
    expect(accepts(MessageAdGroupCreateRequest, info(bad))).toBe(false);
  });
});

describe('MessageAdGroupEditRequest', () => {
  it('parses the edit sample, price 30 included: the price is a rule, not shape (spec-notes #6)', () => {
    const parsed = MessageAdGroupEditRequest.parse(editMessageAdGroupRequest);
    expect(parsed.messageSendingInfo.price).toBe(30);
    expect(parsed.targeting.ageType).toBe('ALL');
    expect(parsed.profileId).toBe('_Xxo');
  });

  it('requires the id and the listed dailyBudgetAmount (spec-notes #7)', () => {
    expect(accepts(MessageAdGroupEditRequest, without(editMessageAdGroupRequest, 'id'))).toBe(false);
    expect(accepts(MessageAdGroupEditRequest, without(editMessageAdGroupRequest, 'dailyBudgetAmount'))).toBe(false);
  });
});

describe('Personalized message requests', () => {
  it('carry the campaign and an optional name, nothing else', () => {
    expect(PersonalizedAdGroupCreateRequest.parse({ campaign: { id: 1 }, pricingType: 'CPMS' })).toEqual({ campaign: { id: 1 } });
    expect(accepts(PersonalizedAdGroupCreateRequest, { name: 'x' })).toBe(false);
    expect(accepts(PersonalizedAdGroupEditRequest, { campaign: { id: 1 }, name: 'x' })).toBe(false);
    expect(accepts(PersonalizedAdGroupEditRequest, { id: 2, campaign: { id: 1 } })).toBe(true);
  });
});

describe('partial endpoints', () => {
  it('onOff takes ON or OFF only', () => {
    expect(accepts(OnOffRequest, { id: 1, config: 'OFF' })).toBe(true);
    expect(accepts(OnOffRequest, { id: 1, config: 'DEL' })).toBe(false);
    expect(accepts(OnOffRequest, { config: 'ON' })).toBe(false);
  });

  it('dailyBudgetAmount and bidAmount take whole numbers', () => {
    expect(accepts(DailyBudgetRequest, { id: 1, dailyBudgetAmount: 50_000 })).toBe(true);
    expect(accepts(DailyBudgetRequest, { id: 1, dailyBudgetAmount: '50000' })).toBe(false);
    expect(accepts(BidAmountRequest, { id: 1, bidAmount: 5000 })).toBe(true);
    expect(accepts(BidAmountRequest, { id: 1, bidAmount: 50.5 })).toBe(false);
  });

  it('pacing takes the pacing enum; which one is allowed is a rule (spec-notes #8)', () => {
    expect(accepts(PacingRequest, { id: 1, pacing: 'NONE' })).toBe(true);
    expect(accepts(PacingRequest, { id: 1, pacing: 'SLOW' })).toBe(false);
  });
});
