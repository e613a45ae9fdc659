import { describe, expect, it } from 'vitest';
import { apiRequest } from '../../src/api/client';
import { AdGroupDetail, DisplayAdGroup, MessageAdGroup, PersonalizedAdGroup } from '../../src/api/contracts/ad-group';
import { AdGroupList } from '../../src/api/contracts/ad-group-list';
import { installMockWorld } from '../../src/testing/mock-world';
import { AD_GROUP_IDS } from '../data/seed-ad-groups';
import { CAMPAIGN_IDS } from '../data/seed-campaigns';
import { adAccountId, displayBody, messageBody, refusal } from './test-bodies';

installMockWorld();

const create = <S extends typeof DisplayAdGroup | typeof MessageAdGroup | typeof PersonalizedAdGroup>(body: unknown, schema: S) =>
  apiRequest('/adGroups', { method: 'POST', body, schema, adAccountId });
const edit = (body: unknown) => apiRequest('/adGroups', { method: 'PUT', body, schema: AdGroupDetail, adAccountId });
const ids = async (campaignId: number) =>
  (await apiRequest('/adGroups', { query: { campaignId, config: ['ON', 'OFF', 'DEL'] }, schema: AdGroupList, adAccountId })).content.map((g) => g.id);

/** A refusal with this detail code that left the campaign's list as it was. */
async function expectRefused(request: Promise<unknown>, detailCode: number, campaignId: number) {
  const before = await ids(campaignId);
  const error = await refusal(request);
  expect(error).toMatchObject({ kind: 'kakao', status: 400, code: -813, detailCode });
  expect(error.detailMsg).toMatch(/[가-힣]/);
  expect(await ids(campaignId)).toEqual(before);
  return error;
}

describe('create and read back', () => {
  it('creates a Display group', async () => {
    const created = await create(displayBody(), DisplayAdGroup);
    expect(created).toMatchObject({ name: '테스트_디스플레이_방문', config: 'ON', systemConfig: 'ON', dailyBudgetAmount: 100_000 });
    const read = await apiRequest(`/adGroups/${created.id}`, { schema: DisplayAdGroup, adAccountId });
    expect(read.targeting.ages).toEqual(['20', '25']);
    expect(read.campaign.id).toBe(CAMPAIGN_IDS.displayVisit);
    expect(await ids(CAMPAIGN_IDS.displayVisit)).toContain(created.id);
  });

  it('creates a Message group with its totals, VAT included, and no daily budget', async () => {
    const created = await create({ ...messageBody(), dailyBudgetAmount: 100_000 }, MessageAdGroup);
    expect(created).toMatchObject({ totalBudget: 20_000, totalBudgetWithVAT: 22_000, profileId: '_ZQxd' });
    const read = await apiRequest(`/adGroups/${created.id}`, { schema: MessageAdGroup, adAccountId });
    expect(read.messageSendingInfo).toMatchObject({ contractCount: 1_000, price: 20, status: 'SAVE' });
    expect(read.dailyBudgetAmount).toBeUndefined();
    expect(read.schedule.endDate).toBeTruthy();
  });

  it('creates a Personalized group with a generated name when none is given', async () => {
    const created = await create({ campaign: { id: CAMPAIGN_IDS.personalMessage } }, PersonalizedAdGroup);
    expect(created.name).toMatch(/^개인화 메시지_도달_\d{12}$/);
    const read = await apiRequest(`/adGroups/${created.id}`, { schema: PersonalizedAdGroup, adAccountId });
    expect(read).toMatchObject({ pricingType: 'CPMS', placements: ['KAKAO_TALK'] });
  });
});

describe('edit', () => {
  it('edits a Display group by full PUT, keeping what Kakao owns', async () => {
    const created = await create(displayBody(), DisplayAdGroup);
    const edited = await edit({ ...displayBody({ name: '이름 바꿈', dailyBudgetAmount: 300_000 }), id: created.id });
    expect(edited).toMatchObject({ id: created.id, name: '이름 바꿈', dailyBudgetAmount: 300_000, createdDate: created.createdDate });
  });

  it('edits a Message group: a new count changes the totals; dailyBudgetAmount is ignored (spec-notes #7)', async () => {
    const created = await create(messageBody(), MessageAdGroup);
    const info = { ...messageBody().messageSendingInfo, contractCount: 2_000 };
    await edit({ ...messageBody({ messageSendingInfo: info }), id: created.id, dailyBudgetAmount: 100_000 });
    const read = await apiRequest(`/adGroups/${created.id}`, { schema: MessageAdGroup, adAccountId });
    expect(read).toMatchObject({ totalBudget: 40_000, totalBudgetWithVAT: 44_000 });
    expect(read.dailyBudgetAmount).toBeUndefined();
  });

  it('renames a Personalized group', async () => {
    const id = AD_GROUP_IDS.personalizedLive;
    await edit({ id, campaign: { id: CAMPAIGN_IDS.personalMessage }, name: '주문 완료 알림 (수정)' });
    expect((await apiRequest(`/adGroups/${id}`, { schema: PersonalizedAdGroup, adAccountId })).name).toBe('주문 완료 알림 (수정)');
  });

  it('refuses a full edit of a Message group whose contract was cancelled (issue 8)', async () => {
    const created = await create(messageBody(), MessageAdGroup);
    await apiRequest(`/adGroups/cancel/${created.id}`, { method: 'PUT', adAccountId });
    const error = await refusal(edit({ ...messageBody({ name: '되살리기' }), id: created.id }));
    expect(error).toMatchObject({ status: 400, code: -813, detailCode: 32013 });
    expect(error.detailMsg).toMatch(/계약이 해지된/);
    expect((await apiRequest(`/adGroups/${created.id}`, { schema: MessageAdGroup, adAccountId })).name).not.toBe('되살리기');
  });

  it('answers 32001 for an unknown group and refuses a deleted one', async () => {
    const missing = await refusal(edit({ ...displayBody(), id: 1 }));
    expect(missing.detailCode).toBe(32001);
    const deleted = await refusal(edit({ ...displayBody(), id: AD_GROUP_IDS.displayDeleted }));
    expect(deleted).toMatchObject({ status: 400, code: -813 });
  });
});

describe('refusals store nothing', () => {
  const visit = CAMPAIGN_IDS.displayVisit;

  it('budget below 10,000: 32021', async () => {
    const error = await expectRefused(create(displayBody({ dailyBudgetAmount: 5_000 }), DisplayAdGroup), 32021, visit);
    expect(error.detailMsg).toContain('광고그룹 일예산은 최소 10,000보다 크거나 같아야 합니다.');
  });

  it('budget above the campaign\'s daily budget', async () => {
    const body = displayBody({ campaign: { id: CAMPAIGN_IDS.displayConversion }, dailyBudgetAmount: 5_000_000, pricingType: 'CPA', bidAmount: 1_500 });
    await expectRefused(create(body, DisplayAdGroup), 32000, CAMPAIGN_IDS.displayConversion);
  });

  it('bid above half the budget (spec-notes #1)', async () => {
    const error = await expectRefused(create(displayBody({ dailyBudgetAmount: 10_000, bidAmount: 6_000 }), DisplayAdGroup), 32000, visit);
    expect(error.detailMsg).toContain('5,000원');
  });

  it('pacing NORMAL with automatic bidding: 32016', async () => {
    const body = displayBody({ bidStrategy: 'AUTOBID', bidAmount: 0, pacing: 'NORMAL' });
    await expectRefused(create(body, DisplayAdGroup), 32016, visit);
  });

  it('PC on a Bizboard group', async () => {
    const body = displayBody({ campaign: { id: CAMPAIGN_IDS.bizboardVisit }, deviceTypes: ['ANDROID', 'IOS', 'PC'] });
    const error = await expectRefused(create(body, DisplayAdGroup), 32000, CAMPAIGN_IDS.bizboardVisit);
    expect(error.detailMsg).toContain('PC');
  });

  it('ages sent with ageType ALL (targeting consistency)', async () => {
    const targeting = { type: 'NORMAL' as const, ageType: 'ALL' as const, ages: ['20' as const], genderType: 'ALL' as const, locationType: 'ALL' as const };
    await expectRefused(create(displayBody({ targeting }), DisplayAdGroup), 32000, visit);
  });

  it('a region at two depths: 22087', async () => {
    const targeting = { type: 'NORMAL' as const, ageType: 'ALL' as const, genderType: 'ALL' as const, locationType: 'AREA' as const, locations: [{ value: 'I' }], depth2Locations: [{ value: 'I1009' }] };
    await expectRefused(create(displayBody({ targeting }), DisplayAdGroup), 22087, visit);
  });

  it('a message price of 15 with targeting (spec-notes #6)', async () => {
    const body = messageBody({ bidAmount: 15, messageSendingInfo: { ...messageBody().messageSendingInfo, price: 15 } });
    const error = await expectRefused(create(body, MessageAdGroup), 32000, CAMPAIGN_IDS.talkChannelReach);
    expect(error.detailMsg).toContain('20원');
  });

  it('a contract count above the estimate (spec-notes #5)', async () => {
    const body = messageBody({ messageSendingInfo: { ...messageBody().messageSendingInfo, contractCount: 10_000_000 } });
    await expectRefused(create(body, MessageAdGroup), 32000, CAMPAIGN_IDS.talkChannelReach);
  });

  it('an ad group under a read-only campaign type', async () => {
    await expectRefused(create(displayBody({ campaign: { id: CAMPAIGN_IDS.daumShopping } }), DisplayAdGroup), 32000, CAMPAIGN_IDS.daumShopping);
  });

  it('a body that misses required fields', async () => {
    const { schedule: _schedule, ...rest } = displayBody();
    const error = await expectRefused(create(rest, DisplayAdGroup), 32000, visit);
    expect(error.detailMsg).toContain('필수');
  });
});
