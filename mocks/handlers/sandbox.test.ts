import { describe, expect, it } from 'vitest';
import { apiRequest } from '../../src/api/client';
import { DisplayAdGroup } from '../../src/api/contracts/ad-group';
import { installMockWorld } from '../../src/testing/mock-world';
import { AD_GROUP_IDS } from '../data/seed-ad-groups';
import { db } from '../db';
import { adAccountId, displayBody, refusal } from './test-bodies';
import { onSandboxReset } from './sandbox';

const world = installMockWorld();

describe('POST /__sandbox/reset', () => {
  it('answers 204 and brings the seed back', async () => {
    const seed = JSON.stringify(db.snapshot());
    const created = await apiRequest('/adGroups', { method: 'POST', body: displayBody(), schema: DisplayAdGroup, adAccountId });
    await apiRequest(`/adGroups/${AD_GROUP_IDS.displayLive}`, { method: 'DELETE', adAccountId });
    expect(JSON.stringify(db.snapshot())).not.toBe(seed);

    let told = 0;
    const stop = onSandboxReset(() => told++);
    const response = await fetch('http://localhost/api/__sandbox/reset', { method: 'POST' });
    stop();
    expect(response.status).toBe(204);
    expect(told).toBe(1);
    expect(JSON.stringify(db.snapshot())).toBe(seed);
    expect((await refusal(apiRequest(`/adGroups/${created.id}`, { schema: DisplayAdGroup, adAccountId }))).detailCode).toBe(32001);
  });

  it('clears the rate limits too', async () => {
    world.enableRateLimits();
    const onOff = () => apiRequest('/adGroups/onOff', { method: 'PUT', body: { id: AD_GROUP_IDS.displayLive, config: 'OFF' }, adAccountId });
    await onOff();
    await fetch('http://localhost/api/__sandbox/reset', { method: 'POST' });
    await onOff();
  });
});
