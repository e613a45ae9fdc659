import { DETAIL_CODES, violation, type Violation } from './violation';

/** "Daily budget for a group" (Create Display ad group, Delivery strategies). */
export const DAILY_BUDGET = { min: 10_000, max: 500_000_000, step: 10, default: 100_000 } as const;

export interface Bounds {
  min: number;
  max: number;
}

/** The ad group budget may not exceed the campaign's daily budget when one is set. */
export function dailyBudgetBounds(campaignDailyBudget?: number | null): Bounds {
  const max =
    typeof campaignDailyBudget === 'number' && campaignDailyBudget > 0
      ? Math.min(DAILY_BUDGET.max, campaignDailyBudget)
      : DAILY_BUDGET.max;
  return { min: DAILY_BUDGET.min, max };
}

export function checkDailyBudget(
  amount: number | null | undefined,
  campaignDailyBudget?: number | null,
  field = 'dailyBudgetAmount',
): Violation[] {
  if (amount === null || amount === undefined || Number.isNaN(amount)) return [violation(field, 'required')];
  if (!Number.isInteger(amount)) return [violation(field, 'notInteger')];
  const out: Violation[] = [];
  if (amount < DAILY_BUDGET.min) {
    out.push(violation(field, 'budget.min', { min: DAILY_BUDGET.min }, DETAIL_CODES.dailyBudgetBelowMin));
  } else if (amount > DAILY_BUDGET.max) {
    out.push(violation(field, 'budget.max', { max: DAILY_BUDGET.max }));
  } else if (amount > dailyBudgetBounds(campaignDailyBudget).max) {
    out.push(violation(field, 'budget.aboveCampaign', { max: dailyBudgetBounds(campaignDailyBudget).max }));
  }
  if (amount % DAILY_BUDGET.step !== 0) out.push(violation(field, 'budget.step', { step: DAILY_BUDGET.step }));
  return out;
}
