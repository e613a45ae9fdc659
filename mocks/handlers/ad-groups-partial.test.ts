import { describe, expect, it } from 'vitest';
import { apiRequest } from '../../src/api/client';
import { DisplayAdGroup, MessageAdGroup } from '../../src/api/contracts/ad-group';
import { AdGroupList } from '../../src/api/contracts/ad-group-list';
import { installMockWorld } from '../../src/testing/mock-world';
import { AD_GROUP_IDS } from '../data/seed-ad-groups';
import { CAMPAIGN_IDS } from '../data/seed-campaigns';
import { adAccountId, refusal } from './test-bodies';

installMockWorld();

const put = (path: string, body: unknown) => apiRequest(`/adGroups/${path}`, { method: 'PUT', body, adAccountId });
const read = (id: number) => apiRequest(`/adGroups/${id}`, { schema: DisplayAdGroup, adAccountId });
const live = AD_GROUP_IDS.displayLive;

describe('partial edits change state', () => {
  it('daily budget, bid, pacing and on/off', async () => {
    await put('dailyBudgetAmount', { id: live, dailyBudgetAmount: 400_000 });
    await put('bidAmount', { id: live, bidAmount: 900 });
    await put('pacing', { id: live, pacing: 'QUICK' });
    await put('onOff', { id: live, config: 'OFF' });
    expect(await read(live)).toMatchObject({ dailyBudgetAmount: 400_000, bidAmount: 900, pacing: 'QUICK', config: 'OFF', status: ['OFF'] });
  });
});

describe('the bid stays within half the daily budget, on either edit (issue 8)', () => {
  it('refuses a budget under twice the manual bid, naming the budget and its minimum', async () => {
    await put('bidAmount', { id: live, bidAmount: 90_000 });
    const error = await refusal(put('dailyBudgetAmount', { id: live, dailyBudgetAmount: 10_000 }));
    expect(error).toMatchObject({ status: 400, code: -813 });
    expect(error.detailMsg).toMatch(/180,000원 이상/);
    expect((await read(live)).dailyBudgetAmount).toBe(200_000);
    await put('dailyBudgetAmount', { id: live, dailyBudgetAmount: 180_000 });
  });

  it('refuses a bid above half the budget, naming the bid and its maximum', async () => {
    await put('dailyBudgetAmount', { id: live, dailyBudgetAmount: 20_000 });
    const error = await refusal(put('bidAmount', { id: live, bidAmount: 10_010 }));
    expect(error.detailMsg).toMatch(/10,000원을 넘을 수 없습니다/);
  });
});

describe('partial refusals change nothing', () => {
  it('budget below 10,000: 32021', async () => {
    const error = await refusal(put('dailyBudgetAmount', { id: live, dailyBudgetAmount: 9_990 }));
    expect(error).toMatchObject({ status: 400, code: -813, detailCode: 32021 });
    expect((await read(live)).dailyBudgetAmount).toBe(200_000);
  });

  it('a bid on an automatic-bidding group: 32013', async () => {
    const error = await refusal(put('bidAmount', { id: AD_GROUP_IDS.bizboardAutobid, bidAmount: 500 }));
    expect(error).toMatchObject({ detailCode: 32013, detailMsg: '관련 작업을 지원하지 않는 광고그룹입니다.' });
    expect((await read(AD_GROUP_IDS.bizboardAutobid)).bidAmount).toBe(0);
  });

  it('pacing under Bizboard × Conversion: 32016', async () => {
    const error = await refusal(put('pacing', { id: AD_GROUP_IDS.bizboardConversion, pacing: 'QUICK' }));
    expect(error).toMatchObject({ detailCode: 32016, detailMsg: '게재방식을 선택할 수 없습니다.' });
    expect((await read(AD_GROUP_IDS.bizboardConversion)).pacing).toBe('NONE');
  });

  it('on/off of a deleted group, and of a Bizboard × Reach group', async () => {
    const deleted = await refusal(put('onOff', { id: AD_GROUP_IDS.displayDeleted, config: 'ON' }));
    expect(deleted).toMatchObject({ status: 400, code: -813 });
    expect((await read(AD_GROUP_IDS.displayDeleted)).config).toBe('DEL');
    const reach = await refusal(put('onOff', { id: AD_GROUP_IDS.bizboardReach, config: 'OFF' }));
    expect(reach.detailCode).toBe(32013);
  });

  it('an unknown group: 32001', async () => {
    const error = await refusal(put('onOff', { id: 424242, config: 'ON' }));
    expect(error).toMatchObject({ detailCode: 32001, detailMsg: '광고그룹이 존재하지 않습니다.' });
  });
});

describe('DELETE /adGroups/{id}', () => {
  const lists = async (config: string[]) =>
    (await apiRequest('/adGroups', { query: { campaignId: CAMPAIGN_IDS.displayVisit, config }, schema: AdGroupList, adAccountId })).content.map((g) => g.id);

  it('moves the group from the default list to config=DEL', async () => {
    await apiRequest(`/adGroups/${live}`, { method: 'DELETE', adAccountId });
    expect(await lists(['ON', 'OFF'])).not.toContain(live);
    expect(await lists(['DEL'])).toContain(live);
    expect((await read(live)).config).toBe('DEL');
  });

  it.each([
    ['Talk Channel × Reach', AD_GROUP_IDS.messageSaved],
    ['Bizboard × Reach', AD_GROUP_IDS.bizboardReach],
    ['Daum Shopping', AD_GROUP_IDS.daumShopping],
  ])('refuses to delete a %s group with 75007', async (_name, id) => {
    const error = await refusal(apiRequest(`/adGroups/${id}`, { method: 'DELETE', adAccountId }));
    expect(error).toMatchObject({ status: 400, code: -813, detailCode: 75007 });
    expect((await apiRequest(`/adGroups/${id}`, { schema: DisplayAdGroup.or(MessageAdGroup), adAccountId })).config).not.toBe('DEL');
  });
});

describe('PUT /adGroups/cancel/{id}', () => {
  it('cancels a Message group\'s contract: sending CANCELED, config OFF', async () => {
    await put(`cancel/${AD_GROUP_IDS.messageSaved}`, undefined);
    const group = await apiRequest(`/adGroups/${AD_GROUP_IDS.messageSaved}`, { schema: MessageAdGroup, adAccountId });
    expect(group).toMatchObject({ config: 'OFF', status: ['CANCELED'] });
    expect(group.messageSendingInfo.status).toBe('CANCELED');
  });

  it('refuses onOff and a second cancel once the contract is cancelled (issue 8)', async () => {
    const id = AD_GROUP_IDS.messageSaved;
    await put(`cancel/${id}`, undefined);
    const on = await refusal(put('onOff', { id, config: 'ON' }));
    expect(on).toMatchObject({ status: 400, code: -813, detailCode: 32013 });
    expect(on.detailMsg).toMatch(/계약이 해지된/);
    expect((await refusal(put(`cancel/${id}`, undefined))).detailCode).toBe(32013);
    expect((await apiRequest(`/adGroups/${id}`, { schema: MessageAdGroup, adAccountId })).config).toBe('OFF');
  });

  it('refuses it for a Display group with 32013', async () => {
    const error = await refusal(put(`cancel/${live}`, undefined));
    expect(error.detailCode).toBe(32013);
  });
});
