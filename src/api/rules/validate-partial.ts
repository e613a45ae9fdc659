import { checkManualBid, halfOfBudget } from './bid';
import { checkDailyBudget, DAILY_BUDGET } from './budget';
import {
  canCancelContract,
  canDelete,
  canEditBudgetBidPacing,
  canSwitchOnOff,
  lockReason,
  type AdGroupFacts,
} from './capabilities';
import { checkPacing } from './pacing';
import { DETAIL_CODES, violation, type Violation } from './violation';

/** What the partial endpoints need to know about the stored ad group. */
export interface ExistingAdGroupFacts extends AdGroupFacts {
  bidStrategy: string;
  pricingType: string;
  dailyBudgetAmount?: number | null;
  /** The manual bid as stored: a budget change must keep it within half the budget. */
  bidAmount?: number | null;
  campaignDailyBudget?: number | null;
}

const notSupported = (field: string) => [violation(field, 'adGroup.notSupported', undefined, DETAIL_CODES.notSupported)];

const isAmount = (value: number | null | undefined): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * The pair rule: a manual bid may be at most half the ad group's daily budget ("Edit
 * maximum bid"). Each partial edit changes one of the two, so both check it, and the
 * message names the value being changed and its limit (issue 8: lowering the budget to
 * ₩10,000 under a ₩90,000 bid was accepted).
 */
function checkBidBudgetPair(bid: number, budget: number, changed: 'bidAmount' | 'dailyBudgetAmount'): Violation[] {
  const max = halfOfBudget(budget);
  if (bid <= max) return [];
  if (changed === 'bidAmount') return [violation('bidAmount', 'bid.aboveHalfBudget', { max, budget })];
  const min = Math.ceil((bid * 2) / DAILY_BUDGET.step) * DAILY_BUDGET.step;
  return [violation('dailyBudgetAmount', 'budget.belowTwiceBid', { min, bid })];
}

/** PUT /adGroups/dailyBudgetAmount: the budget's own range, then the manual bid must still fit. */
export function validateDailyBudgetChange(g: ExistingAdGroupFacts, amount: number | null | undefined): Violation[] {
  if (!canEditBudgetBidPacing(g).dailyBudget) return notSupported('dailyBudgetAmount');
  const own = checkDailyBudget(amount, g.campaignDailyBudget);
  if (own.length > 0 || !isAmount(amount) || g.bidStrategy !== 'MANUAL' || !isAmount(g.bidAmount)) return own;
  return checkBidBudgetPair(g.bidAmount, amount, 'dailyBudgetAmount');
}

/**
 * PUT /adGroups/bidAmount: manual bidding only (the reference's failure sample is 32013);
 * the preset minimum and the 100,000 ceiling, then half the daily budget.
 */
export function validateBidChange(g: ExistingAdGroupFacts, bidAmount: number | null | undefined): Violation[] {
  if (!canEditBudgetBidPacing(g).bidAmount) return notSupported('bidAmount');
  const own = checkManualBid(bidAmount, g.campaignType, g.pricingType, null);
  if (own.length > 0 || !isAmount(bidAmount) || !isAmount(g.dailyBudgetAmount)) return own;
  return checkBidBudgetPair(bidAmount, g.dailyBudgetAmount, 'bidAmount');
}

/**
 * PUT /adGroups/pacing. The wrong campaign type is 32013; a pacing the bid strategy does
 * not allow (AUTOBID, or NORMAL/QUICK under Bizboard × Conversion) is 32016, as in the
 * reference's failure sample.
 */
export function validatePacingChange(g: ExistingAdGroupFacts, pacing: string | null | undefined): Violation[] {
  if (!canEditBudgetBidPacing({ ...g, bidStrategy: 'MANUAL' }).dailyBudget) return notSupported('pacing');
  return checkPacing(pacing, g.campaignType, g.goal, g.bidStrategy);
}

/** A Message group whose contract was cancelled: 32013, the reference's "not supported". */
const contractCancelled = (field: string) => [
  violation(field, 'adGroup.contractCancelled', undefined, DETAIL_CODES.notSupported),
];

/**
 * PUT /adGroups/onOff: only groups whose status is ON or OFF, and a cancelled contract is
 * neither (the console's own dialog says cancelling cannot be undone).
 */
export function validateOnOff(g: AdGroupFacts, config: string | null | undefined): Violation[] {
  if (config !== 'ON' && config !== 'OFF') return [violation('config', 'notAllowed', { value: String(config) })];
  if (g.config === 'DEL') return [violation('config', 'adGroup.deleted')];
  if (lockReason(g) === 'contractCancelled') return contractCancelled('config');
  return canSwitchOnOff(g) ? [] : notSupported('config');
}

/** PUT /adGroups on an existing group (the body's own rules are validate-display/-message/-personalized). */
export function validateFullEdit(g: AdGroupFacts): Violation[] {
  if (g.config === 'DEL') return [violation('id', 'adGroup.deleted')];
  if (lockReason(g) === 'contractCancelled') return contractCancelled('id');
  return [];
}

/** DELETE /adGroups/{id} (spec-notes #14). */
export function validateDelete(g: AdGroupFacts): Violation[] {
  if (g.config === 'DEL') return [violation('id', 'adGroup.deleted')];
  return canDelete(g) ? [] : [violation('id', 'adGroup.cannotDelete', undefined, DETAIL_CODES.cannotDelete)];
}

/** PUT /adGroups/cancel/{id}: once only. */
export function validateCancelContract(g: AdGroupFacts): Violation[] {
  if (g.config === 'DEL') return [violation('id', 'adGroup.deleted')];
  if (lockReason(g) === 'contractCancelled') return contractCancelled('id');
  return canCancelContract(g) ? [] : notSupported('id');
}
