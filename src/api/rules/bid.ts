import { violation, type Violation } from './violation';

export interface BidPreset {
  default: number;
  min: number;
}

/**
 * Manual bidding presets per campaign type × pricing type ("Default, minimum, and maximum
 * values by bidding method", Create Display ad group; repeated in "Edit maximum bid").
 */
export const MANUAL_BID_TABLE: Readonly<Record<string, Readonly<Record<string, BidPreset>>>> = {
  DISPLAY: {
    CPA: { default: 1_500, min: 100 },
    CPC: { default: 200, min: 10 },
    CPM: { default: 1_000, min: 100 },
  },
  TALK_BIZ_BOARD: {
    CPC: { default: 200, min: 10 },
    CPM: { default: 3_000, min: 1_000 },
  },
  VIDEO: {
    CPV: { default: 20, min: 10 },
  },
};

/** Upper bound shared by every manual bid. */
export const MANUAL_BID_CEILING = 100_000;

export function pricingTypesFor(campaignType: string): string[] {
  return Object.keys(MANUAL_BID_TABLE[campaignType] ?? {});
}

/**
 * Half the ad group's daily budget, in whole won. Without a usable budget the ceiling
 * alone applies (the budget check reports the budget itself).
 */
export function halfOfBudget(dailyBudget: number | null | undefined): number {
  return typeof dailyBudget === 'number' && Number.isFinite(dailyBudget) && dailyBudget > 0
    ? Math.floor(dailyBudget / 2)
    : Number.POSITIVE_INFINITY;
}

export interface BidBounds {
  min: number;
  max: number;
  default: number;
}

/**
 * spec-notes #1: the maximum is min(100,000, 50 % of the ad group's daily budget); the
 * bidding-method table's "10,000 won" is the slip.
 */
export function manualBidBounds(
  campaignType: string,
  pricingType: string,
  dailyBudget: number | null | undefined,
): BidBounds | null {
  const preset = MANUAL_BID_TABLE[campaignType]?.[pricingType];
  if (!preset) return null;
  return { min: preset.min, max: Math.min(MANUAL_BID_CEILING, halfOfBudget(dailyBudget)), default: preset.default };
}

export function checkManualBid(
  bidAmount: number | null | undefined,
  campaignType: string,
  pricingType: string,
  dailyBudget: number | null | undefined,
  field = 'bidAmount',
): Violation[] {
  const bounds = manualBidBounds(campaignType, pricingType, dailyBudget);
  if (!bounds) return [violation('pricingType', 'pricingType.notAllowed', { value: pricingType })];
  if (bidAmount === null || bidAmount === undefined || Number.isNaN(bidAmount)) return [violation(field, 'required')];
  if (!Number.isInteger(bidAmount)) return [violation(field, 'notInteger')];
  if (bidAmount < bounds.min) return [violation(field, 'bid.min', { min: bounds.min })];
  if (bidAmount > bounds.max) return [violation(field, 'bid.max', { max: bounds.max })];
  return [];
}
