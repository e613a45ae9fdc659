import type {
  DisplayAdGroupCreateRequest,
  MessageAdGroupCreateRequest,
  PersonalizedAdGroupCreateRequest,
} from '../../src/api/contracts/ad-group-requests';
import { messageTotals } from '../../src/api/rules/message';
import { defaultAdGroupName } from '../../src/api/rules/name';
import { messageEndDateFor } from '../../src/api/rules/schedule';
import type { SeededCampaign } from '../data/seed-campaigns';
import type { StoredAdGroup } from '../db';
import { nowStamp } from './ad-group-view';

// Stored ad groups built from accepted request bodies. The handlers validate first;
// these only shape what Kakao would store and answer.

const TYPE_LABELS: Record<string, string> = {
  DISPLAY: '디스플레이',
  TALK_BIZ_BOARD: '카카오 비즈보드',
  VIDEO: '동영상',
  TALK_CHANNEL: '카카오톡 채널',
  PERSONAL_MESSAGE: '개인화 메시지',
};
const GOAL_LABELS: Record<string, string> = { VISITING: '방문', CONVERSION: '전환', REACH: '도달', VIEW: '조회' };

/** "If you do not specify, the name …": Kakao's generated "유형_목표_yyyyMMddHHmm". */
export function nameOrDefault(name: string | undefined, campaign: SeededCampaign, existing?: StoredAdGroup): string {
  if (name !== undefined && name.trim() !== '') return name;
  if (existing) return existing.name;
  const type = String(campaign.campaignTypeGoal?.campaignType ?? '');
  const goal = String(campaign.campaignTypeGoal?.goal ?? '');
  return defaultAdGroupName(TYPE_LABELS[type] ?? type, GOAL_LABELS[goal] ?? goal, new Date());
}

/** What Kakao sets, not the caller: on create fresh, on edit kept from the stored group. */
function serverFields(id: number, campaign: SeededCampaign, existing?: StoredAdGroup) {
  const now = nowStamp();
  return {
    id,
    campaign,
    config: existing?.config ?? 'ON',
    systemConfig: existing?.systemConfig ?? 'ON',
    creativeCount: existing?.creativeCount ?? 0,
    createdDate: existing?.createdDate ?? now,
    lastModifiedDate: now,
  };
}

/** The channel of a Message or Personalized group is the campaign's objective (the samples). */
function profileOf(campaign: SeededCampaign): string | null {
  return campaign.objective?.value ?? null;
}

export function buildDisplay(
  body: DisplayAdGroupCreateRequest,
  id: number,
  campaign: SeededCampaign,
  existing?: StoredAdGroup,
): StoredAdGroup {
  return {
    useWifiOnly: false,
    isDailyBudgetAmountOver: false,
    bidStrategyTarget: null,
    ...body,
    name: nameOrDefault(body.name, campaign, existing),
    ...serverFields(id, campaign, existing),
  };
}

export function buildMessage(
  body: MessageAdGroupCreateRequest,
  id: number,
  campaign: SeededCampaign,
  existing?: StoredAdGroup,
): StoredAdGroup {
  const { messageSendingInfo: info, schedule, ...rest } = body;
  const kept = existing?.messageSendingInfo;
  const group: StoredAdGroup = {
    useWifiOnly: false,
    isDailyBudgetAmountOver: false,
    bidStrategyTarget: null,
    ...rest,
    name: nameOrDefault(body.name, campaign, existing),
    profileId: profileOf(campaign),
    ...messageTotals(info.contractCount, info.price),
    // The active period is 30 days from the start unless longTerm sets the end (Create Message ad group).
    schedule: {
      ...schedule,
      endDate: schedule.endDate ?? messageEndDateFor(schedule.beginDate),
      endTime: schedule.endTime ?? '23:59:59.999999999',
    },
    // The sending progress is Kakao's: an edit changes the contract, not where sending stands.
    messageSendingInfo: {
      ageVerification: false,
      ...info,
      status: kept?.status ?? info.status,
      syncStatus: kept?.syncStatus ?? info.syncStatus,
      startedAt: kept?.startedAt ?? null,
      finishedAt: kept?.finishedAt ?? null,
    },
    ...serverFields(id, campaign, existing),
  };
  // spec-notes #7: a Message group has no daily budget; one sent with an edit is dropped.
  delete group.dailyBudgetAmount;
  return group;
}

export function buildPersonalized(
  body: PersonalizedAdGroupCreateRequest,
  id: number,
  campaign: SeededCampaign,
  existing?: StoredAdGroup,
): StoredAdGroup {
  return {
    pricingType: 'CPMS',
    deviceTypes: ['ANDROID', 'IOS'],
    placements: ['KAKAO_TALK'],
    adult: false,
    ...existing,
    name: nameOrDefault(body.name, campaign, existing),
    profileId: profileOf(campaign),
    ...serverFields(id, campaign, existing),
  };
}
