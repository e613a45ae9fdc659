import { describe, expect, it } from 'vitest';
import { AD_GROUP_IDS } from './data/seed-ad-groups';
import { CAMPAIGN_IDS } from './data/seed-campaigns';
import { db } from './db';
import { adAccountId } from './handlers/test-bodies';
import { addFigures, hourlyFigures, splitInteger, unit } from './report-figures';

const today = '2026-12-02';
db.reset(today);
const group = (id: number) => db.adGroup(adAccountId, id)!;
const display = { campaignType: 'DISPLAY', goal: 'VISITING' };

describe('sandbox figures', () => {
  it('are a pure function of their inputs', () => {
    expect(unit(1, 'a')).toBe(unit(1, 'a'));
    expect(unit(1, 'a')).not.toBe(unit(2, 'a'));
    const live = group(AD_GROUP_IDS.displayLive);
    expect(hourlyFigures(live, display, '2026-12-01', today, 0)).toEqual(hourlyFigures(live, display, '2026-12-01', today, 0));
  });

  it('pay the bid per click for CPC groups, within the daily budget', () => {
    const live = group(AD_GROUP_IDS.displayLive);
    expect(live.pricingType).toBe('CPC');
    const day = addFigures(hourlyFigures(live, display, '2026-12-01', today, 0));
    expect(day.cost).toBe(day.click! * live.bidAmount!);
    expect(day.cost).toBeLessThanOrEqual(live.dailyBudgetAmount!);
    expect(day.cost).toBeGreaterThanOrEqual(live.dailyBudgetAmount! * 0.4 - live.bidAmount! * 24);
  });

  it('count today only up to the hour that has passed, and nothing in the future', () => {
    const live = group(AD_GROUP_IDS.displayLive);
    const hours = hourlyFigures(live, display, today, today, 10);
    expect(hours.slice(10).every((f) => Object.keys(f).length === 0)).toBe(true);
    expect(hours.slice(0, 10).some((f) => (f.cost ?? 0) > 0)).toBe(true);
    expect(addFigures(hourlyFigures(live, display, '2026-12-03', today, 10))).toEqual({});
  });

  it('report conversions only in CONVERSION campaigns', () => {
    const g = group(AD_GROUP_IDS.displayLive);
    expect(db.campaign(adAccountId, CAMPAIGN_IDS.displayVisit)?.campaignTypeGoal?.goal).toBe('VISITING');
    expect(addFigures(hourlyFigures(g, display, '2026-12-01', today, 0)).conv_purchase_7d).toBeUndefined();
    expect(addFigures(hourlyFigures(g, { ...display, goal: 'CONVERSION' }, '2026-12-01', today, 0)).conv_purchase_7d).toBeGreaterThanOrEqual(0);
  });

  it('split a total into integer parts that add up exactly', () => {
    expect(splitInteger(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(splitInteger(7, [0, 0])).toEqual([0, 0]);
    const parts = splitInteger(123_457, [0.3, 1.2, 0.77, 0.5]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(123_457);
  });
});
