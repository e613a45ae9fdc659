import { describe, expect, it } from 'vitest';
import { RATE_LIMITS, rateLimitBucket, rateLimitKeyFor } from './rate-limits';

describe('rate limits (spec-notes #17)', () => {
  it('has the documented gaps', () => {
    expect(RATE_LIMITS).toEqual({
      adGroupWrite: 5000,
      dailyBudget: 1000,
      bidAmount: 1000,
      onOff: 1000,
      pacing: 5000,
      trackers: 5000,
      report: 5000,
    });
  });

  it.each([
    ['POST', '/api/adGroups', 'adGroupWrite'],
    ['PUT', '/openapi/v4/adGroups', 'adGroupWrite'],
    ['PUT', '/adGroups/', 'adGroupWrite'],
    ['PUT', '/api/adGroups/dailyBudgetAmount', 'dailyBudget'],
    ['put', '/api/adGroups/bidAmount', 'bidAmount'],
    ['PUT', '/api/adGroups/onOff', 'onOff'],
    ['PUT', '/api/adGroups/pacing', 'pacing'],
    ['GET', '/api/trackers/rights?x=1', 'trackers'],
    ['GET', '/api/adGroups/report?adGroupId=1,2', 'report'],
    ['POST', '/api/adGroups/report', null],
    ['GET', '/api/adGroups?campaignId=1', null],
    ['GET', '/api/adGroups/123', null],
    ['DELETE', '/api/adGroups/123', null],
    ['PUT', '/api/adGroups/cancel/123', null],
    ['GET', '/api/adGroups/pacing', null],
    ['POST', '/api/targetings/populationScore', null],
  ])('%s %s → %s', (method, path, key) => {
    expect(rateLimitKeyFor(method, path)).toBe(key);
  });
});

describe('rate limit buckets', () => {
  it('count onOff per ad group and the other limits per ad account (issue 8)', () => {
    expect(rateLimitBucket({ adAccountId: 1, key: 'onOff', adGroupId: 7 })).not.toBe(
      rateLimitBucket({ adAccountId: 1, key: 'onOff', adGroupId: 8 }),
    );
    expect(rateLimitBucket({ adAccountId: 1, key: 'bidAmount', adGroupId: 7 })).toBe(
      rateLimitBucket({ adAccountId: 1, key: 'bidAmount', adGroupId: 8 }),
    );
    expect(rateLimitBucket({ adAccountId: 1, key: 'onOff', adGroupId: 7 })).not.toBe(
      rateLimitBucket({ adAccountId: 2, key: 'onOff', adGroupId: 7 }),
    );
  });
});
