import { describe, expect, it } from 'vitest';
import { metricsGroupsFor, metricValue, ratio, sumMetrics, totalsByAdGroup, zeroTotals, METRIC_KEYS } from './report-metrics';

describe('totals and derived rates', () => {
  it('sums the rows and computes every rate from the sums', () => {
    const t = sumMetrics([
      { imp: 1_000, click: 10, cost: 5_000 },
      { imp: 3_000, click: 50, cost: 7_000, conv_purchase_7d: 4, conv_purchase_p_7d: 48_000 },
    ]);
    expect(t).toMatchObject({ imp: 4_000, click: 60, cost: 12_000, conv_purchase_7d: 4, conv_purchase_p_7d: 48_000, msg_send: 0 });
    expect(metricValue('ctr', t)).toBe(1.5); // 60 / 4000, in %
    expect(metricValue('cpc', t)).toBe(200);
    expect(metricValue('cpm', t)).toBe(3_000);
    expect(metricValue('cpa', t)).toBe(3_000);
    expect(metricValue('roas', t)).toBe(400);
    // Not the mean of the rows' CTRs (1 % and 1.67 %).
    expect(metricValue('ctr', t)).not.toBeCloseTo((1 + 50 / 30) / 2);
  });

  it('gives 0, never NaN or Infinity, when a rate divides by zero', () => {
    const none = zeroTotals();
    for (const key of METRIC_KEYS) expect(metricValue(key, none)).toBe(0);
    expect(metricValue('cpc', { ...none, cost: 100 })).toBe(0);
    expect(ratio(1, 0)).toBe(0);
  });

  it('reads strings and nulls leniently, as absent', () => {
    expect(sumMetrics([{ imp: null }, { imp: 5 }]).imp).toBe(5);
  });

  it('gives each asked-for group its totals, zeros when the answer leaves it out', () => {
    const rows = [
      { dimensions: { ad_group_id: '7' }, metrics: { imp: 10, click: 1, cost: 100 } },
      { dimensions: { adGroupId: 7 }, metrics: { imp: 20, click: 1, cost: 300 } },
      { dimensions: { ad_group_id: '9' }, metrics: { imp: 5 } },
    ];
    const totals = totalsByAdGroup(rows, [7, 8]);
    expect(totals.get(7)).toMatchObject({ imp: 30, click: 2, cost: 400 });
    expect(totals.get(8)).toEqual(zeroTotals());
    expect(totals.has(9)).toBe(false);
  });
});

describe('metric groups asked for', () => {
  it('asks only for the groups a column set needs', () => {
    expect(metricsGroupsFor('basic')).toEqual(['BASIC']);
    expect(metricsGroupsFor('conversions')).toEqual(['BASIC', 'PIXEL_SDK_CONVERSION']);
    expect(metricsGroupsFor('message')).toEqual(['MESSAGE', 'MESSAGE_CLICK']);
  });
});
