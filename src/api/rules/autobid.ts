import { halfOfBudget } from './bid';
import type { Bounds } from './budget';
import { violation, type Violation } from './violation';

/**
 * ASSUMPTION: Kakao's reference shows only `TARGET_CPC` as `bidStrategyTarget.type`.
 * Its tables name the other automatic bidding options in prose only ("maximizing the
 * number of clicks / conversions / value of conversions", "CPA cost targeting", "ROAS
 * targeting"), so the wire names below are inferred, and kept here and nowhere else.
 */
export const AUTOBID_TARGET_TYPES = [
  'TARGET_CPC',
  'TARGET_CPA',
  'TARGET_ROAS',
  'MAXIMIZE_CLICK',
  'MAXIMIZE_CONVERSION',
  'MAXIMIZE_CONVERSION_VALUE',
] as const;
export type AutobidTargetType = (typeof AUTOBID_TARGET_TYPES)[number];

/** The "maximize" options take no target value: the system bids within the budget. */
export const AUTOBID_MAXIMIZE_TYPES: readonly AutobidTargetType[] = [
  'MAXIMIZE_CLICK',
  'MAXIMIZE_CONVERSION',
  'MAXIMIZE_CONVERSION_VALUE',
];

/** Automatic bidding table: Display and Bizboard offer it; Video says "Not provided". */
export function autobidTargetTypesFor(campaignType: string): readonly AutobidTargetType[] {
  return campaignType === 'DISPLAY' || campaignType === 'TALK_BIZ_BOARD' ? AUTOBID_TARGET_TYPES : [];
}

export function bidStrategiesFor(campaignType: string): Array<'MANUAL' | 'AUTOBID'> {
  return autobidTargetTypesFor(campaignType).length > 0 ? ['MANUAL', 'AUTOBID'] : ['MANUAL'];
}

/** Target bounds: CPC 10..min(100,000, 50 %), CPA 100..min(1,000,000, 50 %), ROAS 10..100,000 %. */
export function autobidTargetBounds(type: string, dailyBudget: number | null | undefined): Bounds | null {
  switch (type) {
    case 'TARGET_CPC':
      return { min: 10, max: Math.min(100_000, halfOfBudget(dailyBudget)) };
    case 'TARGET_CPA':
      return { min: 100, max: Math.min(1_000_000, halfOfBudget(dailyBudget)) };
    case 'TARGET_ROAS':
      return { min: 10, max: 100_000 };
    default:
      return null;
  }
}

/** ROAS is a percentage, the other targets won: i18next's `context` picks the message that says so. */
function targetUnit(type: string): { context: 'percent' } | Record<string, never> {
  return type === 'TARGET_ROAS' ? { context: 'percent' } : {};
}

export interface BidStrategyTargetLike {
  type?: string | null;
  value?: number | null;
}

/**
 * AUTOBID means `bidAmount` 0 ("set bidAmount to 0"). `bidStrategyTarget` is optional
 * (the Edit sample sends AUTOBID without it); when it names a target, the value is
 * required and bounded. Pacing NONE is checked in pacing.ts.
 */
export function checkAutobid(input: {
  campaignType: string;
  bidAmount: number | null | undefined;
  bidStrategyTarget: BidStrategyTargetLike | null | undefined;
  dailyBudget: number | null | undefined;
}): Violation[] {
  const out: Violation[] = [];
  const allowed = autobidTargetTypesFor(input.campaignType);
  if (allowed.length === 0) return [violation('bidStrategy', 'bidStrategy.notAllowed', { value: 'AUTOBID' })];
  if (input.bidAmount !== 0) out.push(violation('bidAmount', 'autobid.bidAmountNotZero'));
  const target = input.bidStrategyTarget;
  if (!target || target.type === null || target.type === undefined) return out;
  if (!allowed.some((t) => t === target.type)) {
    out.push(violation('bidStrategyTarget.type', 'autobid.targetTypeNotAllowed', { value: target.type }));
    return out;
  }
  const bounds = autobidTargetBounds(target.type, input.dailyBudget);
  const value = target.value;
  const field = 'bidStrategyTarget.value';
  if (!bounds) {
    if (value !== null && value !== undefined && value !== 0) out.push(violation(field, 'autobid.targetNotAllowed'));
  } else if (value === null || value === undefined || Number.isNaN(value)) {
    out.push(violation(field, 'autobid.targetRequired'));
  } else if (!Number.isInteger(value)) {
    out.push(violation(field, 'notInteger'));
  } else if (value < bounds.min) {
    out.push(violation(field, 'autobid.targetMin', { min: bounds.min, ...targetUnit(target.type) }));
  } else if (value > bounds.max) {
    out.push(violation(field, 'autobid.targetMax', { max: bounds.max, ...targetUnit(target.type) }));
  }
  return out;
}
