import { describe, expect, it } from 'vitest';
import { checkDailyBudget, dailyBudgetBounds, DAILY_BUDGET } from './budget';

const rules = (amount: number | null, campaign?: number | null) => checkDailyBudget(amount, campaign).map((v) => v.rule);

describe('daily budget', () => {
  it('has the documented constants', () => {
    expect(DAILY_BUDGET).toEqual({ min: 10_000, max: 500_000_000, step: 10, default: 100_000 });
  });

  it('refuses 9,990 with detail code 32021 and accepts 10,000', () => {
    expect(checkDailyBudget(9_990)).toEqual([
      { field: 'dailyBudgetAmount', rule: 'budget.min', params: { min: 10_000 }, detailCode: 32021 },
    ]);
    expect(rules(10_000)).toEqual([]);
  });

  it('refuses amounts that are not multiples of 10', () => {
    expect(rules(10_005)).toEqual(['budget.step']);
    expect(rules(10_010)).toEqual([]);
  });

  it('accepts 500,000,000 and refuses 500,000,010', () => {
    expect(rules(500_000_000)).toEqual([]);
    expect(rules(500_000_010)).toEqual(['budget.max']);
  });

  it('caps at the campaign daily budget when one is set', () => {
    expect(rules(50_000, 50_000)).toEqual([]);
    expect(rules(50_010, 50_000)).toEqual(['budget.aboveCampaign']);
    expect(rules(50_010, null)).toEqual([]);
    expect(dailyBudgetBounds(50_000)).toEqual({ min: 10_000, max: 50_000 });
    expect(dailyBudgetBounds(null)).toEqual({ min: 10_000, max: 500_000_000 });
    expect(dailyBudgetBounds(900_000_000)).toEqual({ min: 10_000, max: 500_000_000 });
  });

  it('refuses a missing or fractional amount', () => {
    expect(rules(null)).toEqual(['required']);
    expect(rules(10_000.5)).toEqual(['notInteger']);
  });

  it('reports under a caller-chosen field', () => {
    expect(checkDailyBudget(1, null, 'amount')[0].field).toBe('amount');
  });
});
