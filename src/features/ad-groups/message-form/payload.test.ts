import { describe, expect, it } from 'vitest';
import { AdGroupDetail } from '../../../api/contracts/ad-group';
import { MessageAdGroupCreateRequest, MessageAdGroupEditRequest } from '../../../api/contracts/ad-group-requests';
import {
  createMessageAdGroupRequest,
  createMessageAdGroupResponse,
  editMessageAdGroupRequest,
  editMessageAdGroupResponse,
} from '../../../api/contracts/spec-samples';
import type { MessageFormValues } from './form-values';
import {
  defaultMessageValues,
  fromMessageAdGroup,
  parseCount,
  toMessageEditPayload,
  toMessagePayload,
  toPopulationRequest,
} from './payload';

const sampleValues: MessageFormValues = {
  name: '메시지_광고그룹',
  deviceTypes: ['IOS', 'ANDROID'],
  targeting: { ageType: 'ALL', genderType: 'ALL', locationType: 'ALL' },
  smartMessage: false,
  contractCount: '100',
  sendRate: 0,
  pushAlarm: true,
  ageVerification: false,
  longTerm: false,
  beginDate: '2023-11-15',
  beginTime: '13:00',
  endDate: '',
  endTime: '',
};

describe('toMessagePayload', () => {
  it('builds the create sample (allAvailableDeviceType false without longTerm, spec-notes #4)', () => {
    const body = toMessagePayload(sampleValues, 1);
    expect(body).toEqual({ ...createMessageAdGroupRequest, allAvailableDeviceType: false });
    expect(MessageAdGroupCreateRequest.parse(body)).toEqual(body);
  });

  it('prices 15 without targeting and 20 with it; bidAmount follows (spec-notes #6)', () => {
    expect(toMessagePayload(sampleValues, 1).messageSendingInfo.price).toBe(15);
    const targeted = toMessagePayload(
      { ...sampleValues, targeting: { ageType: 'NOT_ALL', ages: ['30'], genderType: 'ALL', locationType: 'ALL' } },
      1,
    );
    expect(targeted.messageSendingInfo.price).toBe(20);
    expect(targeted.bidAmount).toBe(20);
  });

  it('longTerm sends the end date and time and all devices', () => {
    const body = toMessagePayload(
      { ...sampleValues, longTerm: true, endDate: '2023-12-01', endTime: '18:30' },
      1,
    );
    expect(body.allAvailableDeviceType).toBe(true);
    expect(toMessagePayload({ ...sampleValues, deviceTypes: ['IOS'], longTerm: true }, 1).deviceTypes).toEqual(['ANDROID', 'IOS']);
    expect(body.schedule).toMatchObject({ endDate: '2023-12-01', endTime: '18:30:00' });
    const short = toMessagePayload({ ...sampleValues, endDate: '2023-12-01', endTime: '18:30' }, 1);
    expect(short.schedule).not.toHaveProperty('endDate');
  });
});

describe('fromMessageAdGroup', () => {
  it('reads the create response back into the values that produced its request', () => {
    const values = fromMessageAdGroup(AdGroupDetail.parse(createMessageAdGroupResponse));
    expect(values).toEqual({ ...sampleValues, targeting: { type: 'NORMAL', ...sampleValues.targeting } });
  });

  it('round-trips: values → body → stored group → the same values', () => {
    const body = toMessagePayload({ ...sampleValues, longTerm: true, endDate: '2023-12-01', endTime: '18:30' }, 34097);
    const stored = AdGroupDetail.parse({ ...createMessageAdGroupResponse, ...body, id: 9 });
    expect(fromMessageAdGroup(stored)).toMatchObject({ longTerm: true, endDate: '2023-12-01', endTime: '18:30' });
  });
});

describe('toMessageEditPayload', () => {
  it('sends every listed field, merged onto the loaded group (edit sample, minus its stale price)', () => {
    const loaded = AdGroupDetail.parse({ ...editMessageAdGroupResponse, id: 1, profileId: '_Xxo', dailyBudgetAmount: 100000, campaign: { ...editMessageAdGroupResponse.campaign, id: 1 } });
    const values: MessageFormValues = {
      ...fromMessageAdGroup(loaded),
      name: 'message_ad_group',
      deviceTypes: ['IOS', 'ANDROID'],
      contractCount: '33',
      pushAlarm: false,
      sendRate: 1500,
      targeting: { genderType: 'NOT_ALL', genders: ['M'], locationType: 'ALL', locations: [], ageType: 'ALL' },
      beginDate: '2021-06-01',
      beginTime: '13:00',
    };
    const body = toMessageEditPayload(values, loaded);
    const { mondayTime, tuesdayTime, wednesdayTime, thursdayTime, fridayTime, saturdayTime, sundayTime, ...sampleSchedule } =
      editMessageAdGroupRequest.schedule;
    expect([mondayTime, tuesdayTime, wednesdayTime, thursdayTime, fridayTime, saturdayTime, sundayTime].flat()).toEqual([]);
    expect(body).toEqual({
      ...editMessageAdGroupRequest,
      // spec-notes #6: 20 with targeting (the sample's 30 is stale); #4: false without longTerm.
      messageSendingInfo: { ...editMessageAdGroupRequest.messageSendingInfo, price: 20, ageVerification: false },
      bidAmount: 20,
      allAvailableDeviceType: false,
      targeting: { ...editMessageAdGroupRequest.targeting, ageType: 'ALL' },
      schedule: sampleSchedule,
    });
    expect(MessageAdGroupEditRequest.parse(body)).toEqual(body);
  });

  it('sends dailyBudgetAmount 0 when the group has none (spec-notes #7)', () => {
    const loaded = AdGroupDetail.parse(createMessageAdGroupResponse);
    expect(toMessageEditPayload(fromMessageAdGroup(loaded), loaded)).toMatchObject({ id: 541620, dailyBudgetAmount: 0, profileId: '_ZQxd' });
  });
});

describe('helpers', () => {
  it('parseCount takes digits (with commas) and nothing else', () => {
    expect(parseCount('1,000')).toBe(1000);
    expect(parseCount('')).toBeNaN();
    expect(parseCount('12.5')).toBeNaN();
    expect(parseCount('-3')).toBeNaN();
  });

  it('defaults: both OSes, no targeting, the next full hour in Seoul', () => {
    expect(defaultMessageValues('n', { date: '2024-03-01', time: '09:41' })).toMatchObject({
      deviceTypes: ['ANDROID', 'IOS'],
      beginDate: '2024-03-01',
      beginTime: '10:00',
      targeting: { ageType: 'ALL', genderType: 'ALL', locationType: 'ALL' },
    });
  });

  it('asks the population of the channel with the form’s devices, targeting and Smart message', () => {
    const req = toPopulationRequest({ ...sampleValues, smartMessage: true }, { objective: { value: '_ZQxd' } });
    expect(req).toMatchObject({
      campaignTypeGoal: { campaignType: 'TALK_CHANNEL', goal: 'REACH' },
      objective: { value: '_ZQxd' },
      placements: ['KAKAO_TALK'],
      deviceTypes: ['IOS', 'ANDROID'],
      smartMessage: true,
      allAvailableDeviceType: false,
    });
  });
});
