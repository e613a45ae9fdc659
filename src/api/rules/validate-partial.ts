import { checkManualBid } from './bid';
import { checkDailyBudget } from './budget';
import { canCancelContract, canDelete, canEditBudgetBidPacing, canSwitchOnOff, type AdGroupFacts } from './capabilities';
import { checkPacing } from './pacing';
import { DETAIL_CODES, violation, type Violation } from './violation';

/** What the partial endpoints need to know about the stored ad group. */
export interface ExistingAdGroupFacts extends AdGroupFacts {
  bidStrategy: string;
  pricingType: string;
  dailyBudgetAmount?: number | null;
  campaignDailyBudget?: number | null;
}

const notSupported = (field: string) => [violation(field, 'adGroup.notSupported', undefined, DETAIL_CODES.notSupported)];

/** PUT /adGroups/dailyBudgetAmount. */
export function validateDailyBudgetChange(g: ExistingAdGroupFacts, amount: number | null | undefined): Violation[] {
  if (!canEditBudgetBidPacing(g).dailyBudget) return notSupported('dailyBudgetAmount');
  return checkDailyBudget(amount, g.campaignDailyBudget);
}

/** PUT /adGroups/bidAmount: manual bidding only (the reference's failure sample is 32013). */
export function validateBidChange(g: ExistingAdGroupFacts, bidAmount: number | null | undefined): Violation[] {
  if (!canEditBudgetBidPacing(g).bidAmount) return notSupported('bidAmount');
  return checkManualBid(bidAmount, g.campaignType, g.pricingType, g.dailyBudgetAmount);
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

/** PUT /adGroups/onOff. */
export function validateOnOff(g: AdGroupFacts, config: string | null | undefined): Violation[] {
  if (config !== 'ON' && config !== 'OFF') return [violation('config', 'notAllowed', { value: String(config) })];
  if (g.config === 'DEL') return [violation('config', 'adGroup.deleted')];
  return canSwitchOnOff(g) ? [] : notSupported('config');
}

/** DELETE /adGroups/{id} (spec-notes #14). */
export function validateDelete(g: AdGroupFacts): Violation[] {
  if (g.config === 'DEL') return [violation('id', 'adGroup.deleted')];
  return canDelete(g) ? [] : [violation('id', 'adGroup.cannotDelete', undefined, DETAIL_CODES.cannotDelete)];
}

/** PUT /adGroups/cancel/{id}. */
export function validateCancelContract(g: AdGroupFacts): Violation[] {
  if (g.config === 'DEL') return [violation('id', 'adGroup.deleted')];
  return canCancelContract(g) ? [] : notSupported('id');
}
