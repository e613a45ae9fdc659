import { describe, expect, it } from 'vitest';
import { checkManualBid, manualBidBounds, pricingTypesFor } from './bid';

const rules = (bid: number | null, type: string, pricing: string, budget: number | null = 1_000_000) =>
  checkManualBid(bid, type, pricing, budget).map((v) => v.rule);

describe('manual bid table', () => {
  it.each([
    ['DISPLAY', 'CPA', 1_500, 100],
    ['DISPLAY', 'CPC', 200, 10],
    ['DISPLAY', 'CPM', 1_000, 100],
    ['TALK_BIZ_BOARD', 'CPC', 200, 10],
    ['TALK_BIZ_BOARD', 'CPM', 3_000, 1_000],
    ['VIDEO', 'CPV', 20, 10],
  ])('%s × %s: default %i, min %i, max 100,000 with a large budget', (type, pricing, def, min) => {
    expect(manualBidBounds(type, pricing, 1_000_000)).toEqual({ min, max: 100_000, default: def });
    expect(rules(min - 1, type, pricing)).toEqual(['bid.min']);
    expect(rules(min, type, pricing)).toEqual([]);
    expect(rules(100_000, type, pricing)).toEqual([]);
    expect(rules(100_001, type, pricing)).toEqual(['bid.max']);
  });

  it('caps at half the daily budget when that is lower (spec-notes #1)', () => {
    expect(manualBidBounds('DISPLAY', 'CPC', 100_000)?.max).toBe(50_000);
    expect(rules(50_000, 'DISPLAY', 'CPC', 100_000)).toEqual([]);
    expect(rules(50_001, 'DISPLAY', 'CPC', 100_000)).toEqual(['bid.max']);
    // The odd budget floors to whole won.
    expect(manualBidBounds('DISPLAY', 'CPC', 10_010)?.max).toBe(5_005);
    // Not the "10,000 won" of the bidding-method table.
    expect(rules(10_001, 'DISPLAY', 'CPC', 1_000_000)).toEqual([]);
  });

  it('lists the pricing types per campaign type', () => {
    expect(pricingTypesFor('DISPLAY')).toEqual(['CPA', 'CPC', 'CPM']);
    expect(pricingTypesFor('TALK_BIZ_BOARD')).toEqual(['CPC', 'CPM']);
    expect(pricingTypesFor('VIDEO')).toEqual(['CPV']);
    expect(pricingTypesFor('TALK_CHANNEL')).toEqual([]);
  });

  it('refuses a pricing type the campaign type does not offer', () => {
    expect(manualBidBounds('TALK_BIZ_BOARD', 'CPA', 100_000)).toBeNull();
    expect(checkManualBid(500, 'VIDEO', 'CPC', 100_000)).toEqual([
      { field: 'pricingType', rule: 'pricingType.notAllowed', params: { value: 'CPC' } },
    ]);
  });

  it('refuses a missing or fractional bid', () => {
    expect(rules(null, 'DISPLAY', 'CPC')).toEqual(['required']);
    expect(rules(10.5, 'DISPLAY', 'CPC')).toEqual(['notInteger']);
  });
});
