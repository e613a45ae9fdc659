import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { apiRequest } from '../../src/api/client';
import { AdAccount, AdAccountPage } from '../../src/api/contracts/ad-account';
import { AdGroupDetail, DisplayAdGroup, MessageAdGroup, PersonalizedAdGroup } from '../../src/api/contracts/ad-group';
import { AdGroupList } from '../../src/api/contracts/ad-group-list';
import { Campaign, CampaignList } from '../../src/api/contracts/campaign';
import { PopulationScoreResponse } from '../../src/api/contracts/population';
import { SystemStopReason, SystemStopReasonList } from '../../src/api/contracts/system-stop';
import { installMockWorld } from '../../src/testing/mock-world';
import { ACCOUNT_IDS } from '../data/seed-accounts';
import { AD_GROUP_IDS } from '../data/seed-ad-groups';
import { BULK_COUNT } from '../data/seed-bulk';
import { CAMPAIGN_IDS } from '../data/seed-campaigns';
import { adAccountId, refusal } from './test-bodies';

installMockWorld();

const list = (campaignId: number, config?: string[]) =>
  apiRequest('/adGroups', { query: { campaignId, config }, schema: AdGroupList, adAccountId });

describe('accounts and campaigns', () => {
  it('pages the ad accounts without an adAccountId header, and answers one by id', async () => {
    const page = await apiRequest('/adAccounts/pages', { query: { config: ['ON', 'OFF'], page: 0, size: 10 }, schema: AdAccountPage });
    expect(page.content.map((a) => a.id)).toEqual([ACCOUNT_IDS.main, ACCOUNT_IDS.second]);
    expect(page.totalElements).toBe(2);
    const one = await apiRequest(`/adAccounts/${ACCOUNT_IDS.second}`, { schema: AdAccount });
    expect(one.name).toBe('모먼트카페 광고계정');
  });

  it('lists the account\'s campaigns (ON, OFF by default) and answers a campaign\'s detail', async () => {
    const { content } = await apiRequest('/campaigns', { query: { config: ['ON', 'OFF'] }, schema: CampaignList, adAccountId });
    expect(content.some((c) => c.id === CAMPAIGN_IDS.displayVisitOff)).toBe(true);
    expect(content.some((c) => c.id === CAMPAIGN_IDS.displayVisitDeleted)).toBe(false);
    expect(content.some((c) => c.id === CAMPAIGN_IDS.secondDisplayVisit)).toBe(false);
    const detail = await apiRequest(`/campaigns/${CAMPAIGN_IDS.displayConversion}`, { schema: Campaign, adAccountId });
    expect(detail.campaignTypeGoal).toMatchObject({ campaignType: 'DISPLAY', goal: 'CONVERSION' });
    expect(detail.dailyBudgetAmount).toBe(3_000_000);
  });

  it('refuses a missing adAccountId header in Kakao\'s envelope', async () => {
    const error = await refusal(apiRequest('/campaigns', { schema: CampaignList }));
    expect(error).toMatchObject({ kind: 'kakao', status: 400, code: -813, detailCode: 21006 });
    const again = await refusal(apiRequest('/adGroups', { query: { campaignId: CAMPAIGN_IDS.displayVisit }, schema: AdGroupList }));
    expect(again.detailMsg).toMatch(/광고계정/);
  });
});

describe('GET /adGroups', () => {
  it('lists ON and OFF by default and DEL on request', async () => {
    const { content } = await list(CAMPAIGN_IDS.displayVisit);
    expect(new Set(content.map((g) => g.config))).toEqual(new Set(['ON', 'OFF']));
    const deleted = await list(CAMPAIGN_IDS.displayVisit, ['DEL']);
    expect(deleted.content.map((g) => g.id)).toEqual([AD_GROUP_IDS.displayDeleted]);
  });

  it('answers all 300 groups of the long campaign', async () => {
    const { content } = await list(CAMPAIGN_IDS.bulk, ['ON', 'OFF', 'DEL']);
    expect(content).toHaveLength(BULK_COUNT);
  });

  it('refuses a list without campaignId with -813', async () => {
    const error = await refusal(apiRequest('/adGroups', { schema: AdGroupList, adAccountId }));
    expect(error).toMatchObject({ status: 400, code: -813 });
  });
});

describe('GET /adGroups/{id}', () => {
  it.each([
    ['Display', AD_GROUP_IDS.displayLive, DisplayAdGroup],
    ['Bizboard', AD_GROUP_IDS.bizboardAutobid, DisplayAdGroup],
    ['Video', AD_GROUP_IDS.videoLive, DisplayAdGroup],
    ['Message', AD_GROUP_IDS.messageFinished, MessageAdGroup],
    ['Personalized', AD_GROUP_IDS.personalizedLive, PersonalizedAdGroup],
    ['Daum Shopping', AD_GROUP_IDS.daumShopping, AdGroupDetail],
  ] as const)('answers a %s group that parses with its contract', async (_kind, id, schema: z.ZodType) => {
    const group = (await apiRequest(`/adGroups/${id}`, { schema, adAccountId })) as { id: number };
    expect(group.id).toBe(id);
  });

  it('answers 32001 for an unknown id and for another account\'s group', async () => {
    const unknown = await refusal(apiRequest('/adGroups/1', { schema: AdGroupDetail, adAccountId }));
    expect(unknown).toMatchObject({ status: 400, code: -813, detailCode: 32001, detailMsg: '광고그룹이 존재하지 않습니다.' });
    const other = await refusal(apiRequest(`/adGroups/${AD_GROUP_IDS.displayLive}`, { schema: AdGroupDetail, adAccountId: ACCOUNT_IDS.second }));
    expect(other.detailCode).toBe(32001);
  });
});

describe('system stop reasons', () => {
  it('answers the latest reason and the history of a stopped group', async () => {
    const latest = await apiRequest(`/adGroups/${AD_GROUP_IDS.displayAdminStop}/latestSystemConfigHistory`, { schema: SystemStopReason, adAccountId });
    expect(latest).toMatchObject({ systemConfig: 'ADMIN_STOP', reason: '해당 광고그룹은 관리자정지 조치 취해졌습니다.' });
    const history = await apiRequest(`/adGroups/${AD_GROUP_IDS.messageExternalStop}/systemConfigHistories`, { schema: SystemStopReasonList, adAccountId });
    expect(history[0]?.systemConfig).toBe('EXTERNAL_SERVICE_STOP');
  });

  it('answers an empty history for a running group', async () => {
    const history = await apiRequest(`/adGroups/${AD_GROUP_IDS.displayLive}/systemConfigHistories`, { schema: SystemStopReasonList, adAccountId });
    expect(history).toEqual([]);
  });
});

describe('POST /targetings/populationScore', () => {
  const body = (targeting: Record<string, unknown>) => ({
    campaignTypeGoal: { campaignType: 'TALK_CHANNEL', goal: 'REACH' },
    objective: { type: 'TALK_CHANNEL', detailType: 'SEND_MESSAGE', value: '_ZQxd' },
    placements: ['KAKAO_TALK'],
    allAvailableDeviceType: false,
    allAvailablePlacement: false,
    deviceTypes: ['ANDROID', 'IOS'],
    targeting,
    smartMessage: false,
  });
  const score = async (targeting: Record<string, unknown>) =>
    (await apiRequest('/targetings/populationScore', { method: 'POST', body: body(targeting), schema: PopulationScoreResponse, adAccountId })).populationScore;

  it('is deterministic and shrinks as targeting narrows', async () => {
    const all = await score({ ageType: 'ALL', genderType: 'ALL', locationType: 'ALL' });
    const women = await score({ ageType: 'ALL', genderType: 'NOT_ALL', genders: ['F'], locationType: 'ALL' });
    const young = await score({ ageType: 'NOT_ALL', ages: ['20', '25'], genderType: 'NOT_ALL', genders: ['F'], locationType: 'ALL' });
    expect(all).toBe(152_340);
    expect(women).toBeLessThan(all);
    expect(young).toBeLessThan(women);
    expect(await score({ ageType: 'ALL', genderType: 'NOT_ALL', genders: ['F'], locationType: 'ALL' })).toBe(women);
  });
});
