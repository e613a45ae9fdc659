import { SEND_RATES } from '../contracts/enums';
import type { Bounds } from './budget';
import { hasTargeting, type TargetingView } from './targeting';
import { violation, type Violation } from './violation';

/** spec-notes #6: 15 won a message without targeting, 20 with it; the edit sample's 30 is stale. */
export const MESSAGE_PRICE = { base: 15, targeted: 20 } as const;

export function messagePriceFor(targeted: boolean): number {
  return targeted ? MESSAGE_PRICE.targeted : MESSAGE_PRICE.base;
}

export function messagePrice(targeting: TargetingView | null | undefined): number {
  return messagePriceFor(hasTargeting(targeting));
}

export const MESSAGE_CONTRACT_MAX = 50_000_000;
/** Smart message needs at least 30,000 recipients ("Available number of sending messages"). */
export const SMART_MESSAGE_MIN_CONTRACT = 30_000;

/**
 * spec-notes #5, the table wins over the field text: no targeting, from the estimate to
 * 50,000,000; targeting without Smart message, 1 to the estimate; Smart message, 30,000
 * to the estimate. Smart message decides, whatever the targeting.
 */
export function contractCountBounds(input: {
  hasTargeting: boolean;
  smartMessage: boolean;
  populationScore: number;
}): Bounds {
  const p = Math.max(0, Math.floor(input.populationScore));
  if (input.smartMessage) return { min: SMART_MESSAGE_MIN_CONTRACT, max: p };
  if (input.hasTargeting) return { min: 1, max: p };
  return { min: p, max: MESSAGE_CONTRACT_MAX };
}

export function checkContractCount(count: number | null | undefined, bounds: Bounds): Violation[] {
  const field = 'messageSendingInfo.contractCount';
  if (count === null || count === undefined || Number.isNaN(count)) return [violation(field, 'required')];
  if (!Number.isInteger(count)) return [violation(field, 'notInteger')];
  // With too small an audience no count fits: say so, rather than name an impossible range.
  if (bounds.min > bounds.max) return [violation(field, 'message.populationTooSmall', { ...bounds })];
  if (count < bounds.min) return [violation(field, 'message.contractCountMin', { min: bounds.min })];
  if (count > bounds.max) return [violation(field, 'message.contractCountMax', { max: bounds.max })];
  return [];
}

export function checkSendRate(rate: number | null | undefined): Violation[] {
  const field = 'messageSendingInfo.sendRate';
  if (rate === null || rate === undefined) return [violation(field, 'required')];
  return SEND_RATES.some((r) => r === rate) ? [] : [violation(field, 'message.sendRate', { value: rate })];
}

/** Every field a Message ad group body fixes ("Fixed to …" in the Create/Edit tables). */
export const MESSAGE_FIXED_FIELDS = {
  placements: ['KAKAO_TALK'],
  pricingType: 'CPMS',
  bidStrategy: 'MANUAL',
  pacing: 'NONE',
  allAvailablePlacement: false,
  adult: false,
  messageSendingInfo: { status: 'SAVE', syncStatus: 'READY' },
} as const;

export const MESSAGE_DEVICE_TYPES = ['ANDROID', 'IOS'] as const;

/** spec-notes #4: false, or true when `longTerm` is on. The sandbox accepts either. */
export function messageAllAvailableDeviceType(longTerm: boolean): boolean {
  return longTerm;
}

export const VAT_RATE_PERCENT = 10;

/**
 * The budget is contractCount × price, plus 10 % VAT. Integer won: the VAT is rounded
 * down (sub-won amounts are dropped, as Korean invoices do), so the console never shows
 * more than will be charged. Matches the samples: 100 × 15 → 1,500 / 1,650.
 */
export function messageTotals(
  contractCount: number,
  price: number,
): { totalBudget: number; totalBudgetWithVAT: number } {
  const totalBudget = contractCount * price;
  return { totalBudget, totalBudgetWithVAT: totalBudget + Math.floor((totalBudget * VAT_RATE_PERCENT) / 100) };
}
