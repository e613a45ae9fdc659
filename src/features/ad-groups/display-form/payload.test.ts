import { describe, expect, it } from 'vitest';
import { AdGroupDetail } from '../../../api/contracts/ad-group';
import { DisplayAdGroupCreateRequest, DisplayAdGroupEditRequest } from '../../../api/contracts/ad-group-requests';
import { createDisplayAdGroupRequest, viewDisplayAdGroupResponse } from '../../../api/contracts/spec-samples';
import type { DisplayCampaignFacts } from './campaign-facts';
import { copyName, fromAdGroup, parseMoney, toEditPayload, toPayload } from './payload';

const TODAY = '2022-05-20';
const sample = AdGroupDetail.parse(viewDisplayAdGroupResponse);
const bizboardVisit: DisplayCampaignFacts = { id: 33626, campaignType: 'TALK_BIZ_BOARD', goal: 'VISITING' };
const opts = { today: TODAY, copySuffix: ' (copy)' };

describe('fromAdGroup → toPayload on the reference samples', () => {
  it('the View sample goes into the form and comes back as the documented edit body', () => {
    const values = fromAdGroup(sample, bizboardVisit, { ...opts, mode: 'edit' });
    const body = DisplayAdGroupEditRequest.parse(toEditPayload(values, bizboardVisit, sample.id));
    expect(body).toMatchObject({
      id: 54322,
      campaign: { id: 33626 },
      name: 'kakao_bizboard_visit_202205201557',
      allAvailablePlacement: true,
      placements: ['KAKAO_SERVICE', 'KAKAO_TALK', 'DAUM', 'NETWORK'],
      allAvailableDeviceType: false,
      deviceTypes: ['ANDROID', 'IOS'],
      adult: false,
      dailyBudgetAmount: 100000,
      bidStrategy: 'AUTOBID',
      pricingType: 'CPC',
      bidAmount: 0,
      pacing: 'NONE',
      type: 'DISPLAY',
    });
    // spec-notes #9: the table's spellings go out; deprecated-only read keys stay behind.
    expect(body.targeting.depth2Locations?.map((l) => l.value)).toEqual(['B7222', 'I1009']);
    expect(body.targeting.depth2Locations?.[0].description).toBe('경기도 여주시');
    expect(body.targeting).not.toHaveProperty('depth2locations');
    expect(body.targeting).not.toHaveProperty('ufoDeprecatedInterests');
    expect(body.targeting.ufoInterests).toEqual(['I0202', 'I020601', 'I03', 'I320104']);
    expect(body.schedule).toMatchObject({ beginDate: '2022-05-20', lateNight: false, detailTime: false });
    expect(body.schedule.endDate).toBeUndefined();
    expect(body.schedule.mondayTime).toHaveLength(24);
  });

  it('the Create request sample round-trips through the form unchanged in substance', () => {
    const request = DisplayAdGroupCreateRequest.parse(createDisplayAdGroupRequest);
    const stored = AdGroupDetail.parse({ ...createDisplayAdGroupRequest, id: 1, config: 'ON', systemConfig: 'ON', campaign: { id: 5678 } });
    const campaign: DisplayCampaignFacts = { id: 5678, campaignType: 'TALK_BIZ_BOARD', goal: 'VISITING' };
    const values = fromAdGroup(stored, campaign, { ...opts, today: '2020-01-01', mode: 'edit' });
    const body = toPayload(values, campaign);
    expect(body.bidStrategyTarget).toEqual({ type: 'TARGET_CPC', value: 250 });
    // spec-notes #10: the sample's sectionCategories inside targeting go out at the top level.
    expect(body.sectionCategories).toEqual(['KKO99-1']);
    expect(body.targeting).not.toHaveProperty('sectionCategories');
    const { sectionCategories: _moved, ...targetingWithout } = request.targeting as typeof request.targeting & { sectionCategories?: unknown };
    void _moved;
    // The contract drops the sample's misspelt `depth2locations`; the read side renames it
    // (spec-notes #9), so the form sends it under the table's spelling.
    expect(body.targeting).toEqual({ ...targetingWithout, type: 'NORMAL', depth2Locations: expect.any(Array) });
    expect(body.targeting.depth2Locations?.map((l) => l.value)).toEqual(['B7222', 'I1009']);
    expect(body.schedule).toEqual({ ...request.schedule, detailTime: true });
    expect(body.placements).toEqual(request.placements);
    expect(body.deviceTypes).toEqual(request.deviceTypes);
  });

  it('a duplicate is named "… (copy)" and cannot start in the past', () => {
    const values = fromAdGroup(sample, bizboardVisit, { ...opts, today: '2026-01-05', mode: 'duplicate' });
    expect(values.name).toBe('kakao_bizboard_visit_202205201557 (copy)');
    expect(values.beginDate).toBe('2026-01-05');
    expect(values.autobidType).toBe('');
  });
});

describe('helpers', () => {
  it('parseMoney takes digits with separators, and nothing else', () => {
    expect(parseMoney('100,000')).toBe(100000);
    expect(parseMoney('₩ 5000')).toBe(5000);
    expect(parseMoney('12a')).toBeNaN();
    expect(parseMoney('')).toBeNaN();
  });

  it('copyName keeps the suffix within 50 characters', () => {
    const name = copyName('가'.repeat(50), ' (copy)');
    expect([...name]).toHaveLength(50);
    expect(name.endsWith(' (copy)')).toBe(true);
  });

  it('AUTOBID always sends bidAmount 0 and pacing NONE', () => {
    const values = fromAdGroup(sample, bizboardVisit, { ...opts, mode: 'edit' });
    const body = toPayload({ ...values, bidAmount: '777', pacing: 'QUICK' }, bizboardVisit);
    expect(body.bidAmount).toBe(0);
    expect(body.pacing).toBe('NONE');
  });
});
