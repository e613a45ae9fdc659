import { describe, expect, it } from 'vitest';
import { autobidTargetBounds, bidStrategiesFor, checkAutobid } from './autobid';

const check = (type: string, value: number | null | undefined, budget = 10_000_000, bidAmount = 0) =>
  checkAutobid({ campaignType: 'DISPLAY', bidAmount, bidStrategyTarget: { type, value }, dailyBudget: budget }).map(
    (v) => v.rule,
  );

describe('automatic bidding', () => {
  it('bounds TARGET_CPC to 10..min(100,000, 50 %)', () => {
    expect(check('TARGET_CPC', 9)).toEqual(['autobid.targetMin']);
    expect(check('TARGET_CPC', 10)).toEqual([]);
    expect(check('TARGET_CPC', 100_000)).toEqual([]);
    expect(check('TARGET_CPC', 100_001)).toEqual(['autobid.targetMax']);
    expect(check('TARGET_CPC', 50_000, 100_000)).toEqual([]);
    expect(check('TARGET_CPC', 50_001, 100_000)).toEqual(['autobid.targetMax']);
  });

  it('bounds TARGET_CPA to 100..min(1,000,000, 50 %)', () => {
    expect(check('TARGET_CPA', 99)).toEqual(['autobid.targetMin']);
    expect(check('TARGET_CPA', 100)).toEqual([]);
    expect(check('TARGET_CPA', 1_000_000)).toEqual([]);
    expect(check('TARGET_CPA', 1_000_001)).toEqual(['autobid.targetMax']);
    expect(autobidTargetBounds('TARGET_CPA', 100_000)).toEqual({ min: 100, max: 50_000 });
    expect(check('TARGET_CPA', 50_001, 100_000)).toEqual(['autobid.targetMax']);
  });

  it('says which unit a target bound is in: ROAS percent (context), the others won', () => {
    const params = (type: string, value: number) =>
      checkAutobid({ campaignType: 'DISPLAY', bidAmount: 0, bidStrategyTarget: { type, value }, dailyBudget: 10_000_000 })[0]?.params;
    expect(params('TARGET_ROAS', 100_001)).toEqual({ max: 100_000, context: 'percent' });
    expect(params('TARGET_CPC', 100_001)).toEqual({ max: 100_000 });
  });

  it('bounds TARGET_ROAS to 10..100,000 % whatever the budget', () => {
    expect(check('TARGET_ROAS', 9)).toEqual(['autobid.targetMin']);
    expect(check('TARGET_ROAS', 10, 10_000)).toEqual([]);
    expect(check('TARGET_ROAS', 100_000, 10_000)).toEqual([]);
    expect(check('TARGET_ROAS', 100_001)).toEqual(['autobid.targetMax']);
  });

  it('requires a whole target value for target types, and none for maximize types', () => {
    expect(check('TARGET_CPC', null)).toEqual(['autobid.targetRequired']);
    expect(check('TARGET_CPC', 10.5)).toEqual(['notInteger']);
    expect(check('MAXIMIZE_CLICK', null)).toEqual([]);
    expect(check('MAXIMIZE_CONVERSION', 0)).toEqual([]);
    expect(check('MAXIMIZE_CONVERSION_VALUE', 500)).toEqual(['autobid.targetNotAllowed']);
  });

  it('requires bidAmount 0', () => {
    expect(check('TARGET_CPC', 250, 100_000, 0)).toEqual([]);
    expect(check('TARGET_CPC', 250, 100_000, 250)).toEqual(['autobid.bidAmountNotZero']);
  });

  it('accepts AUTOBID without a target (the Edit sample) and refuses an unknown type', () => {
    const base = { campaignType: 'TALK_BIZ_BOARD', bidAmount: 0, dailyBudget: 100_000 };
    expect(checkAutobid({ ...base, bidStrategyTarget: null })).toEqual([]);
    expect(checkAutobid({ ...base, bidStrategyTarget: { type: 'TARGET_CPV', value: 10 } })[0].rule).toBe(
      'autobid.targetTypeNotAllowed',
    );
  });

  it('is not offered for Video', () => {
    expect(bidStrategiesFor('VIDEO')).toEqual(['MANUAL']);
    expect(bidStrategiesFor('DISPLAY')).toEqual(['MANUAL', 'AUTOBID']);
    expect(
      checkAutobid({ campaignType: 'VIDEO', bidAmount: 0, bidStrategyTarget: null, dailyBudget: 100_000 })[0].rule,
    ).toBe('bidStrategy.notAllowed');
  });
});
