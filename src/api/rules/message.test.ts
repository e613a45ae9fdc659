import { describe, expect, it } from 'vitest';
import {
  checkContractCount,
  checkSendRate,
  contractCountBounds,
  MESSAGE_FIXED_FIELDS,
  messageAllAvailableDeviceType,
  messagePrice,
  messagePriceFor,
  messageTotals,
} from './message';

const count = (n: number | null, b: { min: number; max: number }) => checkContractCount(n, b).map((v) => v.rule);

describe('message price (spec-notes #6)', () => {
  it('is 15 without targeting and 20 with it', () => {
    expect(messagePriceFor(false)).toBe(15);
    expect(messagePriceFor(true)).toBe(20);
    expect(messagePrice({ ageType: 'ALL', genderType: 'ALL', locationType: 'ALL' })).toBe(15);
    // The edit sample's targeting: 20, not the sample's stale 30.
    expect(messagePrice({ genderType: 'NOT_ALL', genders: ['M'], locationType: 'ALL', locations: [] })).toBe(20);
  });
});

describe('contract count (spec-notes #5)', () => {
  it('without targeting: from the estimate to 50,000,000', () => {
    const b = contractCountBounds({ hasTargeting: false, smartMessage: false, populationScore: 134 });
    expect(b).toEqual({ min: 134, max: 50_000_000 });
    expect(count(133, b)).toEqual(['message.contractCountMin']);
    expect(count(134, b)).toEqual([]);
    expect(count(50_000_000, b)).toEqual([]);
    expect(count(50_000_001, b)).toEqual(['message.contractCountMax']);
  });

  it('with targeting, no Smart message: from 1 to the estimate', () => {
    const b = contractCountBounds({ hasTargeting: true, smartMessage: false, populationScore: 134 });
    expect(b).toEqual({ min: 1, max: 134 });
    expect(count(0, b)).toEqual(['message.contractCountMin']);
    expect(count(1, b)).toEqual([]);
    expect(count(134, b)).toEqual([]);
    expect(count(135, b)).toEqual(['message.contractCountMax']);
  });

  it('with Smart message: from 30,000 to the estimate', () => {
    const b = contractCountBounds({ hasTargeting: false, smartMessage: true, populationScore: 40_000 });
    expect(b).toEqual({ min: 30_000, max: 40_000 });
    expect(count(29_999, b)).toEqual(['message.contractCountMin']);
    expect(count(30_000, b)).toEqual([]);
    expect(count(40_000, b)).toEqual([]);
    expect(count(40_001, b)).toEqual(['message.contractCountMax']);
  });

  it('says the audience is too small when no count fits', () => {
    const b = contractCountBounds({ hasTargeting: true, smartMessage: true, populationScore: 29_999 });
    expect(count(29_999, b)).toEqual(['message.populationTooSmall']);
  });

  it('requires a whole count', () => {
    expect(count(null, { min: 1, max: 10 })).toEqual(['required']);
    expect(count(1.5, { min: 1, max: 10 })).toEqual(['notInteger']);
  });
});

describe('send rate', () => {
  it.each([0, 100, 500, 1000, 1500, 2000])('accepts %i', (r) => expect(checkSendRate(r)).toEqual([]));
  it.each([50, 200, 2500, -100])('refuses %i', (r) => expect(checkSendRate(r)[0].rule).toBe('message.sendRate'));
});

describe('fixed fields and totals', () => {
  it('fixes the documented fields', () => {
    expect(MESSAGE_FIXED_FIELDS).toEqual({
      placements: ['KAKAO_TALK'],
      pricingType: 'CPMS',
      bidStrategy: 'MANUAL',
      pacing: 'NONE',
      allAvailablePlacement: false,
      adult: false,
      messageSendingInfo: { status: 'SAVE', syncStatus: 'READY' },
    });
  });

  it('sends allAvailableDeviceType true only with longTerm (spec-notes #4)', () => {
    expect(messageAllAvailableDeviceType(false)).toBe(false);
    expect(messageAllAvailableDeviceType(true)).toBe(true);
  });

  it('adds 10 % VAT in whole won, rounding down', () => {
    expect(messageTotals(100, 15)).toEqual({ totalBudget: 1_500, totalBudgetWithVAT: 1_650 });
    expect(messageTotals(18, 15)).toEqual({ totalBudget: 270, totalBudgetWithVAT: 297 });
    expect(messageTotals(1, 15)).toEqual({ totalBudget: 15, totalBudgetWithVAT: 16 });
    expect(messageTotals(3, 15)).toEqual({ totalBudget: 45, totalBudgetWithVAT: 49 });
  });
});
