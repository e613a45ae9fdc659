import { describe, expect, it } from 'vitest';
import {
  validateBidChange,
  validateCancelContract,
  validateDailyBudgetChange,
  validateDelete,
  validateFullEdit,
  validateOnOff,
  validatePacingChange,
  type ExistingAdGroupFacts,
} from './validate-partial';

const display: ExistingAdGroupFacts = {
  campaignType: 'DISPLAY',
  goal: 'VISITING',
  config: 'ON',
  bidStrategy: 'MANUAL',
  pricingType: 'CPC',
  dailyBudgetAmount: 100_000,
  campaignDailyBudget: 1_000_000,
};
const autobid = { ...display, bidStrategy: 'AUTOBID' };
const reach = { ...display, campaignType: 'TALK_BIZ_BOARD', goal: 'REACH' };
const message = { ...display, campaignType: 'TALK_CHANNEL', goal: 'REACH', pricingType: 'CPMS', sendingStatus: 'SAVE' };
const cancelled = { ...message, config: 'OFF', sendingStatus: 'CANCELED' };
const codes = (vs: { rule: string; detailCode?: number }[]) => vs.map((v) => `${v.rule}:${v.detailCode ?? '-'}`);

describe('partial endpoints', () => {
  it('daily budget: bounds, campaign cap, and 32013 where not supported', () => {
    expect(validateDailyBudgetChange(display, 9_990)[0].detailCode).toBe(32021);
    expect(validateDailyBudgetChange(display, 1_000_000)).toEqual([]);
    expect(codes(validateDailyBudgetChange(display, 1_000_010))).toEqual(['budget.aboveCampaign:-']);
    expect(validateDailyBudgetChange(autobid, 50_000)).toEqual([]);
    expect(codes(validateDailyBudgetChange(reach, 50_000))).toEqual(['adGroup.notSupported:32013']);
    expect(codes(validateDailyBudgetChange(message, 50_000))).toEqual(['adGroup.notSupported:32013']);
  });

  it('bid: manual bidding only, bounded by half the stored budget', () => {
    expect(validateBidChange(display, 50_000)).toEqual([]);
    expect(codes(validateBidChange(display, 50_001))).toEqual(['bid.aboveHalfBudget:-']);
    expect(validateBidChange(display, 50_001)[0].params).toEqual({ max: 50_000, budget: 100_000 });
    // The 100,000 ceiling binds first on a big budget.
    expect(codes(validateBidChange({ ...display, dailyBudgetAmount: 400_000 }, 100_010))).toEqual(['bid.max:-']);
    expect(codes(validateBidChange(display, 9))).toEqual(['bid.min:-']);
    expect(codes(validateBidChange(autobid, 500))).toEqual(['adGroup.notSupported:32013']);
    expect(codes(validateBidChange(reach, 500))).toEqual(['adGroup.notSupported:32013']);
  });

  it('daily budget: keeps a manual bid within half of it, naming the budget and its minimum (issue 8)', () => {
    const bid90k = { ...display, dailyBudgetAmount: 200_000, bidAmount: 90_000 };
    const refused = validateDailyBudgetChange(bid90k, 10_000);
    expect(codes(refused)).toEqual(['budget.belowTwiceBid:-']);
    expect(refused[0]).toMatchObject({ field: 'dailyBudgetAmount', params: { min: 180_000, bid: 90_000 } });
    expect(validateDailyBudgetChange(bid90k, 180_000)).toEqual([]);
    // An odd bid: the minimum is rounded up to the budget's 10-won step.
    expect(validateDailyBudgetChange({ ...bid90k, bidAmount: 93 }, 10_000)).toEqual([]);
    expect(validateDailyBudgetChange({ ...bid90k, bidAmount: 5_003 }, 10_000)[0].params).toEqual({ min: 10_010, bid: 5_003 });
    // Automatic bidding has no manual bid to keep.
    expect(validateDailyBudgetChange({ ...bid90k, bidStrategy: 'AUTOBID' }, 10_000)).toEqual([]);
  });

  it('pacing: NORMAL/QUICK with MANUAL, 32016 otherwise, 32013 for the wrong type', () => {
    expect(validatePacingChange(display, 'QUICK')).toEqual([]);
    expect(codes(validatePacingChange(display, 'NONE'))).toEqual(['pacing.notAllowed:32016']);
    expect(codes(validatePacingChange(autobid, 'QUICK'))).toEqual(['pacing.notAllowed:32016']);
    const bizConv = { ...display, campaignType: 'TALK_BIZ_BOARD', goal: 'CONVERSION' };
    expect(codes(validatePacingChange(bizConv, 'NORMAL'))).toEqual(['pacing.notAllowed:32016']);
    expect(codes(validatePacingChange(reach, 'QUICK'))).toEqual(['adGroup.notSupported:32013']);
  });

  it('on/off: only ON or OFF, only where supported', () => {
    expect(validateOnOff(display, 'OFF')).toEqual([]);
    expect(validateOnOff(message, 'OFF')).toEqual([]);
    expect(codes(validateOnOff(display, 'DEL'))).toEqual(['notAllowed:-']);
    expect(codes(validateOnOff(reach, 'OFF'))).toEqual(['adGroup.notSupported:32013']);
    expect(codes(validateOnOff({ ...display, config: 'DEL' }, 'ON'))).toEqual(['adGroup.deleted:-']);
  });

  it('on/off and a full edit: refused once a Message contract is cancelled (issue 8)', () => {
    expect(codes(validateOnOff(cancelled, 'ON'))).toEqual(['adGroup.contractCancelled:32013']);
    expect(codes(validateFullEdit(cancelled))).toEqual(['adGroup.contractCancelled:32013']);
    expect(validateFullEdit(message)).toEqual([]);
    expect(codes(validateFullEdit({ ...display, config: 'DEL' }))).toEqual(['adGroup.deleted:-']);
  });

  it('delete: 75007 for the undeletable kinds (spec-notes #14)', () => {
    expect(validateDelete(display)).toEqual([]);
    expect(codes(validateDelete(message))).toEqual(['adGroup.cannotDelete:75007']);
    expect(codes(validateDelete(reach))).toEqual(['adGroup.cannotDelete:75007']);
    expect(codes(validateDelete({ ...display, config: 'DEL' }))).toEqual(['adGroup.deleted:-']);
  });

  it('cancel contract: Message groups only', () => {
    expect(validateCancelContract(message)).toEqual([]);
    expect(codes(validateCancelContract(display))).toEqual(['adGroup.notSupported:32013']);
    expect(codes(validateCancelContract({ ...message, config: 'DEL' }))).toEqual(['adGroup.deleted:-']);
    expect(codes(validateCancelContract(cancelled))).toEqual(['adGroup.contractCancelled:32013']);
  });
});
