import { expect } from 'vitest';
import { ApiError } from '../../src/api/api-error';
import type {
  DisplayAdGroupCreateRequest,
  MessageAdGroupCreateRequest,
} from '../../src/api/contracts/ad-group-requests';
import { seoulToday } from '../../src/api/rules/seoul-clock';
import { CAMPAIGN_IDS } from '../data/seed-campaigns';
import { ACCOUNT_IDS } from '../data/seed-accounts';

// Valid request bodies for the handler tests; each test breaks one thing.

export const adAccountId = ACCOUNT_IDS.main;

const hours = () => Array.from({ length: 24 }, () => '1');

export function displayBody(overrides: Partial<DisplayAdGroupCreateRequest> = {}): DisplayAdGroupCreateRequest {
  return {
    campaign: { id: CAMPAIGN_IDS.displayVisit },
    name: '테스트_디스플레이_방문',
    placements: ['KAKAO_SERVICE', 'DAUM'],
    allAvailableDeviceType: false,
    allAvailablePlacement: false,
    deviceTypes: ['ANDROID', 'IOS'],
    targeting: { type: 'NORMAL', ageType: 'NOT_ALL', ages: ['20', '25'], genderType: 'ALL', locationType: 'ALL' },
    adult: false,
    dailyBudgetAmount: 100_000,
    bidStrategy: 'MANUAL',
    pricingType: 'CPC',
    bidAmount: 200,
    pacing: 'NORMAL',
    schedule: {
      beginDate: seoulToday(),
      lateNight: false,
      detailTime: false,
      mondayTime: hours(),
      tuesdayTime: hours(),
      wednesdayTime: hours(),
      thursdayTime: hours(),
      fridayTime: hours(),
      saturdayTime: hours(),
      sundayTime: hours(),
    },
    type: 'DISPLAY',
    ...overrides,
  };
}

/** Targeted (women): price 20, and the count must be 1 … the estimate for `_ZQxd` women. */
export function messageBody(overrides: Partial<MessageAdGroupCreateRequest> = {}): MessageAdGroupCreateRequest {
  return {
    campaign: { id: CAMPAIGN_IDS.talkChannelReach },
    name: '테스트_메시지_여성',
    placements: ['KAKAO_TALK'],
    allAvailableDeviceType: false,
    allAvailablePlacement: false,
    deviceTypes: ['ANDROID', 'IOS'],
    messageSendingInfo: {
      contractCount: 1_000,
      longTerm: false,
      price: 20,
      pushAlarm: false,
      sendRate: 0,
      status: 'SAVE',
      syncStatus: 'READY',
      ageVerification: false,
    },
    targeting: { type: 'NORMAL', ageType: 'ALL', genderType: 'NOT_ALL', genders: ['F'], locationType: 'ALL' },
    adult: false,
    bidStrategy: 'MANUAL',
    pricingType: 'CPMS',
    bidAmount: 20,
    pacing: 'NONE',
    schedule: { beginDate: seoulToday(), beginTime: '23:00:00', lateNight: false, detailTime: false },
    smartMessage: false,
    ...overrides,
  };
}

/** The ApiError a refused request rejects with (and proof that it was refused). */
export async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}
