import { describe, expect, it } from 'vitest';
import { AdGroupDetail, DisplayAdGroup, MessageAdGroup, PersonalizedAdGroup } from './ad-group';
import {
  createDisplayAdGroupResponse,
  createMessageAdGroupResponse,
  createPersonalizedAdGroupResponse,
  editMessageAdGroupResponse,
  viewDisplayAdGroupResponse,
} from './spec-samples';

const withInnerSections = {
  ...viewDisplayAdGroupResponse,
  targeting: { ...viewDisplayAdGroupResponse.targeting, sectionCategories: ['KKO99-1'] },
};

describe('DisplayAdGroup', () => {
  it('reads the sample with the typos normalized and the bid target kept', () => {
    const g = DisplayAdGroup.parse(createDisplayAdGroupResponse);
    expect(g.bidStrategyTarget).toEqual({ type: 'TARGET_CPC', value: 250 });
    expect(g.targeting.depth2Locations?.[1].description).toBe('서울특별시 도봉구');
    expect(g.targeting).not.toHaveProperty('depth2locations');
    expect(g.schedule.mondayTime).toHaveLength(24);
  });

  it('lifts `sectionCategories` from targeting to the top level (spec-notes #10)', () => {
    const g = DisplayAdGroup.parse(withInnerSections);
    expect(g.sectionCategories).toEqual(['KKO99-1']);
    expect(g.targeting).not.toHaveProperty('sectionCategories');
  });

  it('keeps a filled top-level `sectionCategories` over the inner one', () => {
    const g = DisplayAdGroup.parse({ ...withInnerSections, sectionCategories: ['KKO01-2'] });
    expect(g.sectionCategories).toEqual(['KKO01-2']);
    expect(g.targeting).not.toHaveProperty('sectionCategories');
  });

  it('is lenient: new enum values and keys pass, optional fields may be missing', () => {
    const { dailyBudgetAmount: _budget, pacing: _pacing, ...rest } = viewDisplayAdGroupResponse;
    const g = DisplayAdGroup.parse({ ...rest, bidStrategy: 'SMART', placements: ['KAKAO_NEWS'], newField: 1 });
    expect(g).toMatchObject({ bidStrategy: 'SMART', placements: ['KAKAO_NEWS'], newField: 1 });
    expect(g.dailyBudgetAmount).toBeUndefined();
  });

  it('requires what a Display page cannot do without', () => {
    for (const key of ['id', 'name', 'campaign', 'targeting', 'schedule', 'config'] as const) {
      const { [key]: _dropped, ...rest } = viewDisplayAdGroupResponse;
      expect(DisplayAdGroup.safeParse(rest).success, key).toBe(false);
    }
  });
});

describe('MessageAdGroup', () => {
  it('reads the sending contract and its progress', () => {
    const g = MessageAdGroup.parse(editMessageAdGroupResponse);
    expect(g.messageSendingInfo).toMatchObject({ status: 'FINISHED', syncStatus: 'SUCCESS', contractCount: 18 });
    expect(g.totalBudgetWithVAT).toBe(297);
    expect(g.profileId).toBe('_ZQxd');
  });

  it('turns a numeric profileId into a string (spec-notes #11)', () => {
    expect(MessageAdGroup.parse({ ...createMessageAdGroupResponse, profileId: 12345 }).profileId).toBe('12345');
  });

  it('requires messageSendingInfo', () => {
    const { messageSendingInfo: _info, ...rest } = createMessageAdGroupResponse;
    expect(MessageAdGroup.safeParse(rest).success).toBe(false);
    expect(AdGroupDetail.safeParse(rest).success).toBe(true);
  });
});

describe('PersonalizedAdGroup', () => {
  it('needs no targeting, schedule or bid', () => {
    const g = PersonalizedAdGroup.parse(createPersonalizedAdGroupResponse);
    expect(g).toMatchObject({ pricingType: 'CPMS', profileId: '_Xxju' });
    expect(g.campaign.campaignTypeGoal?.campaignType).toBe('PERSONAL_MESSAGE');
  });
});

describe('AdGroupDetail', () => {
  it('reads a read-only type (Daum Shopping) that has none of the editable fields', () => {
    const g = AdGroupDetail.parse({
      id: 9,
      name: '쇼핑',
      config: 'ON',
      systemConfig: 'ON',
      campaign: { id: 3, campaignTypeGoal: { campaignType: 'DAUM_SHOPPING', goal: 'VISITING' } },
      shoppingMall: { id: 'm1' },
    });
    expect(g.campaign.campaignTypeGoal?.campaignType).toBe('DAUM_SHOPPING');
    expect(g).toMatchObject({ shoppingMall: { id: 'm1' } });
  });

  it('normalizes like the typed contracts do', () => {
    const g = AdGroupDetail.parse(withInnerSections);
    expect(g.sectionCategories).toEqual(['KKO99-1']);
    expect(g.targeting?.depth2Locations).toHaveLength(2);
  });

  it('rejects a body that is not an ad group', () => {
    expect(AdGroupDetail.safeParse({ id: 1, name: 'x', config: 'ON', systemConfig: 'ON' }).success).toBe(false);
    expect(AdGroupDetail.safeParse({ ...createPersonalizedAdGroupResponse, id: '1' }).success).toBe(false);
  });
});
