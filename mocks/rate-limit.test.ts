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
import { AD_GROUP_QUOTA_DETAIL_CODE, checkRateLimit } from './rate-limit';

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

  it('answer the per-group onOff limit with the -813 quota refusal (HTTP 429) and Retry-After', async () => {
    world.enableRateLimits();
    await onOff('OFF');
    const error = await refusal(onOff('ON'));
    expect(error).toMatchObject({ kind: 'kakao', status: 429, code: -813, detailCode: AD_GROUP_QUOTA_DETAIL_CODE });
    expect(error.isRateLimited).toBe(true);
    expect(error.detailMsg).toMatch(/1초에 한 번/);
    expect(error.retryAfterMs).toBe(1_000);
  });

  it('key onOff per ad group: another group switches 0 ms later (issue 8)', async () => {
    world.enableRateLimits();
    await onOff('OFF');
    await apiRequest('/adGroups/onOff', { method: 'PUT', body: { id: AD_GROUP_IDS.conversionAutobid, config: 'OFF' }, adAccountId });
  });

  it("answer the per-account limits with Kakao's recorded -10 body, exactly, on HTTP 400", async () => {
    world.enableRateLimits();
    const create = () => fetch('http://localhost/api/adGroups', {
      method: 'POST',
      headers: { adAccountId: String(adAccountId), 'Content-Type': 'application/json' },
      body: JSON.stringify(displayBody()),
    });
    expect((await create()).status).toBe(200);
    const refused = await create();
    expect(refused.status).toBe(400);
    expect(await refused.text()).toBe('{"code":-10,"msg":"API limit has been exceeded.","extras":{}}');
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThanOrEqual(1);
  });

  it('count per ad account and per kind of call', async () => {
    world.enableRateLimits();
    await apiRequest('/adGroups', { method: 'POST', body: displayBody(), schema: DisplayAdGroup, adAccountId });
    await onOff('OFF'); // a different bucket from create/edit
    const error = await refusal(apiRequest('/adGroups', { method: 'POST', body: displayBody(), schema: DisplayAdGroup, adAccountId }));
    expect(error).toMatchObject({ status: 400, code: -10, isRateLimited: true });
    // Another account has its own allowance (its refusal is about the group, not the rate).
    const other = await refusal(onOff('ON', ACCOUNT_IDS.second));
    expect(other.detailCode).toBe(32001);
  });

  it('wrap the tracker look-up (1 every 5 s) and leave reads alone', async () => {
    world.enableRateLimits();
    await apiRequest('/trackers/rights', { schema: TrackerList, adAccountId });
    expect((await refusal(apiRequest('/trackers/rights', { schema: TrackerList, adAccountId }))).code).toBe(-10);
    const list = () => apiRequest('/adGroups', { query: { campaignId: CAMPAIGN_IDS.displayVisit }, schema: AdGroupList, adAccountId });
    await list();
    await list();
  });

  it('let a call through once the gap has passed', async () => {
    world.enableRateLimits();
    const request = () => new Request('http://localhost/api/adGroups/pacing', { method: 'PUT', headers: { adAccountId: '1' } });
    expect(await checkRateLimit(request(), 10_000)).toBeNull();
    expect((await checkRateLimit(request(), 14_999))?.status).toBe(400);
    expect(await checkRateLimit(request(), 15_000)).toBeNull();
  });
});
