import { describe, expect, it } from 'vitest';
import { apiRequest } from '../src/api/client';
import { DisplayAdGroup } from '../src/api/contracts/ad-group';
import { AdGroupList } from '../src/api/contracts/ad-group-list';
import { TrackerList } from '../src/api/contracts/lookups';
import { installMockWorld } from '../src/testing/mock-world';
import { ACCOUNT_IDS } from './data/seed-accounts';
import { AD_GROUP_IDS } from './data/seed-ad-groups';
import { CAMPAIGN_IDS } from './data/seed-campaigns';
import { adAccountId, displayBody, refusal } from './handlers/test-bodies';
import { checkRateLimit } from './rate-limit';

const world = installMockWorld();
const onOff = (config: string, account: number = adAccountId) =>
  apiRequest('/adGroups/onOff', { method: 'PUT', body: { id: AD_GROUP_IDS.displayLive, config }, adAccountId: account });

describe('rate limits', () => {
  it('pass every call when off (the default in tests)', async () => {
    await onOff('OFF');
    await onOff('ON');
    await apiRequest('/adGroups', { method: 'POST', body: displayBody(), schema: DisplayAdGroup, adAccountId });
    await apiRequest('/adGroups', { method: 'POST', body: displayBody(), schema: DisplayAdGroup, adAccountId });
  });

  it('answer 429 with code -10 and a Korean detailMsg when a call comes too soon', async () => {
    world.enableRateLimits();
    await onOff('OFF');
    const error = await refusal(onOff('ON'));
    expect(error).toMatchObject({ kind: 'kakao', status: 429, code: -10, detailCode: 10001 });
    expect(error.isRateLimited).toBe(true);
    expect(error.detailMsg).toMatch(/1초에 한 번/);
  });

  it('count per ad account and per kind of call', async () => {
    world.enableRateLimits();
    await apiRequest('/adGroups', { method: 'POST', body: displayBody(), schema: DisplayAdGroup, adAccountId });
    await onOff('OFF'); // a different bucket from create/edit
    const error = await refusal(apiRequest('/adGroups', { method: 'POST', body: displayBody(), schema: DisplayAdGroup, adAccountId }));
    expect(error.status).toBe(429);
    // Another account has its own allowance (its refusal is about the group, not the rate).
    const other = await refusal(onOff('ON', ACCOUNT_IDS.second));
    expect(other.detailCode).toBe(32001);
  });

  it('wrap the tracker look-up (1 every 5 s) and leave reads alone', async () => {
    world.enableRateLimits();
    await apiRequest('/trackers/rights', { schema: TrackerList, adAccountId });
    expect((await refusal(apiRequest('/trackers/rights', { schema: TrackerList, adAccountId }))).status).toBe(429);
    const list = () => apiRequest('/adGroups', { query: { campaignId: CAMPAIGN_IDS.displayVisit }, schema: AdGroupList, adAccountId });
    await list();
    await list();
  });

  it('let a call through once the gap has passed', () => {
    world.enableRateLimits();
    const request = () => new Request('http://localhost/api/adGroups/pacing', { method: 'PUT', headers: { adAccountId: '1' } });
    expect(checkRateLimit(request(), 10_000)).toBeNull();
    expect(checkRateLimit(request(), 14_999)?.status).toBe(429);
    expect(checkRateLimit(request(), 15_000)).toBeNull();
  });
});
