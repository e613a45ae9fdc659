import { describe, expect, it } from 'vitest';
import type { DisplayCampaignFacts } from './campaign-facts';
import { defaultDisplayValues } from './defaults';
import { makeDisplayFormSchema, type DisplayRuleContext } from './form-schema';
import type { DisplayFormValues } from './form-values';

const TODAY = '2026-03-10';
const visit: DisplayCampaignFacts = { id: 1, campaignType: 'DISPLAY', goal: 'VISITING', dailyBudgetAmount: null };
const ctx: DisplayRuleContext = { campaign: visit, today: TODAY };
const base: DisplayFormValues = { ...defaultDisplayValues(visit, 'g', TODAY), adServingCategories: ['NEWS'] };

function errorsOf(values: Partial<DisplayFormValues>, context: DisplayRuleContext = ctx): Record<string, string> {
  const schema = makeDisplayFormSchema(context, (v) => v.rule);
  const result = schema.safeParse({ ...base, ...values });
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('Display form schema', () => {
  it('accepts the defaults of a new group', () => {
    expect(errorsOf({})).toEqual({});
  });

  it('name: 50 characters pass, 51 do not', () => {
    expect(errorsOf({ name: '가'.repeat(50) })).toEqual({});
    expect(errorsOf({ name: '가'.repeat(51) })).toEqual({ name: 'name.tooLong' });
  });

  it('daily budget: 10,000 to 500,000,000 in steps of 10, at most the campaign budget', () => {
    expect(errorsOf({ dailyBudgetAmount: '10000' })).toEqual({});
    expect(errorsOf({ dailyBudgetAmount: '9990' })).toEqual({ dailyBudgetAmount: 'budget.min' });
    expect(errorsOf({ dailyBudgetAmount: '500000000' })).toEqual({});
    expect(errorsOf({ dailyBudgetAmount: '500000010' })).toEqual({ dailyBudgetAmount: 'budget.max' });
    expect(errorsOf({ dailyBudgetAmount: '100005' })).toEqual({ dailyBudgetAmount: 'budget.step' });
    expect(errorsOf({ dailyBudgetAmount: '' })).toEqual({ dailyBudgetAmount: 'required' });
    const capped = { ...ctx, campaign: { ...visit, dailyBudgetAmount: 50_000 } };
    expect(errorsOf({ dailyBudgetAmount: '50000', bidAmount: '200' }, capped)).toEqual({});
    expect(errorsOf({ dailyBudgetAmount: '50010', bidAmount: '200' }, capped)).toEqual({ dailyBudgetAmount: 'budget.aboveCampaign' });
  });

  it('manual CPC bid: from 10 to min(100,000, half the budget)', () => {
    expect(errorsOf({ bidAmount: '10' })).toEqual({});
    expect(errorsOf({ bidAmount: '9' })).toEqual({ bidAmount: 'bid.min' });
    expect(errorsOf({ bidAmount: '50000' })).toEqual({});
    expect(errorsOf({ bidAmount: '50001' })).toEqual({ bidAmount: 'bid.max' });
    expect(errorsOf({ dailyBudgetAmount: '500000', bidAmount: '100000' })).toEqual({});
    expect(errorsOf({ dailyBudgetAmount: '500000', bidAmount: '100001' })).toEqual({ bidAmount: 'bid.max' });
  });

  it('automatic bidding: a target CPC from 10 to half the budget', () => {
    const autobid = { bidStrategy: 'AUTOBID' as const, autobidType: 'TARGET_CPC' };
    expect(errorsOf({ ...autobid, autobidValue: '10' })).toEqual({});
    expect(errorsOf({ ...autobid, autobidValue: '9' })).toEqual({ autobidValue: 'autobid.targetMin' });
    expect(errorsOf({ ...autobid, autobidValue: '50000' })).toEqual({});
    expect(errorsOf({ ...autobid, autobidValue: '50001' })).toEqual({ autobidValue: 'autobid.targetMax' });
    expect(errorsOf({ ...autobid, autobidType: 'MAXIMIZE_CLICK', autobidValue: '' })).toEqual({});
  });

  it('Video takes no automatic bidding', () => {
    const video: DisplayRuleContext = { ...ctx, campaign: { id: 2, campaignType: 'VIDEO', goal: 'VIEW' } };
    const values = { ...defaultDisplayValues(video.campaign, 'v', TODAY), adServingCategories: ['NEWS'] };
    expect(errorsOf({ ...values }, video)).toEqual({});
    expect(errorsOf({ ...values, bidStrategy: 'AUTOBID' }, video)).toHaveProperty('bidStrategy');
  });

  it('start date: from today to 6 months ahead; the end after the start', () => {
    expect(errorsOf({ beginDate: '2026-03-09' })).toEqual({ beginDate: 'schedule.beginInPast' });
    expect(errorsOf({ beginDate: '2026-09-10' })).toEqual({});
    expect(errorsOf({ beginDate: '2026-09-11' })).toEqual({ beginDate: 'schedule.beginTooLate' });
    expect(errorsOf({ noEndDate: false, endDate: TODAY })).toEqual({ endDate: 'schedule.endNotAfterBegin' });
    expect(errorsOf({ noEndDate: false, endDate: '2026-03-11' })).toEqual({});
    expect(errorsOf({ noEndDate: false, endDate: '' })).toEqual({ endDate: 'required' });
  });

  it('an empty grid is refused at the grid', () => {
    expect(errorsOf({ grid: [0, 0, 0, 0, 0, 0, 0] })).toHaveProperty('grid');
  });

  it('placements: NETWORK needs categories; PC only for Display × Visit', () => {
    expect(errorsOf({ adServingCategories: [] })).toEqual({ adServingCategories: 'placement.adServingCategoriesRequired' });
    expect(errorsOf({ allAvailablePlacement: false, placements: [] })).toEqual({ placements: 'placement.required' });
    expect(errorsOf({ deviceTypes: ['ANDROID', 'IOS', 'PC'] })).toEqual({});
    const conversion: DisplayRuleContext = { ...ctx, campaign: { id: 3, campaignType: 'DISPLAY', goal: 'CONVERSION' } };
    expect(errorsOf({ deviceTypes: ['PC'], allAvailableDeviceType: false }, conversion)).toEqual({ deviceTypes: 'device.pcNotAllowed' });
  });

  it('pacing: MANUAL takes NORMAL or QUICK; Bizboard × Conversion takes NONE (spec-notes #8)', () => {
    expect(errorsOf({ pacing: 'NONE' })).toEqual({ pacing: 'pacing.notAllowed' });
    const bizConv: DisplayRuleContext = { ...ctx, campaign: { id: 4, campaignType: 'TALK_BIZ_BOARD', goal: 'CONVERSION' } };
    const values = { ...defaultDisplayValues(bizConv.campaign, 'b', TODAY), adServingCategories: ['NEWS'] };
    expect(values.pacing).toBe('NONE');
    expect(errorsOf(values, bizConv)).toEqual({});
  });

  it('adult targeting cannot be turned off once saved', () => {
    expect(errorsOf({ adult: false }, { ...ctx, existing: { adult: true, beginDate: TODAY } })).toEqual({ adult: 'targeting.adultCannotTurnOff' });
  });
});
