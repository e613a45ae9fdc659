import type { AdGroupDetail } from '../../../api/contracts/ad-group';
import type {
  MessageAdGroupCreateRequest,
  MessageAdGroupEditRequest,
} from '../../../api/contracts/ad-group-requests';
import type { Campaign } from '../../../api/contracts/campaign';
import { SEND_RATES } from '../../../api/contracts/enums';
import type { PopulationScoreRequest } from '../../../api/contracts/population';
import type { ScheduleRequest } from '../../../api/contracts/schedule';
import {
  MESSAGE_DEVICE_TYPES,
  MESSAGE_FIXED_FIELDS,
  messageAllAvailableDeviceType,
  messagePrice,
} from '../../../api/rules/message';
import { emptyTargeting } from '../../targeting/model/targeting-value';
import type { MessageFormValues } from './form-values';
import { targetingFromRead } from '../../targeting/model/targeting-from-read';

/** Digits as typed → a number; anything else is NaN, which the rules report as required. */
export function parseCount(text: string): number {
  const trimmed = text.replace(/[,\s]/g, '');
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** 'HH:mm' → 'HH:mm:00', as the samples send; an already full time is kept. */
function wireTime(time: string): string {
  return /^\d{2}:\d{2}$/.test(time) ? `${time}:00` : time;
}

/** 'HH:mm:ss(.nnn)' → 'HH:mm' for a time input. */
function formTime(time: string | null | undefined): string {
  return time ? time.slice(0, 5) : '';
}

function schedule(v: MessageFormValues): ScheduleRequest {
  const base: ScheduleRequest = {
    beginDate: v.beginDate,
    beginTime: wireTime(v.beginTime),
    lateNight: false,
    detailTime: false,
  };
  // Without longTerm Kakao sets the 30-day period itself; an end is sent only with it.
  return v.longTerm ? { ...base, endDate: v.endDate, endTime: wireTime(v.endTime) } : base;
}

/** spec-notes #4: longTerm sends on all devices, so both OSes go with allAvailableDeviceType true. */
function devicesFor(v: Pick<MessageFormValues, 'deviceTypes' | 'longTerm'>): MessageFormValues['deviceTypes'] {
  return v.longTerm ? [...MESSAGE_DEVICE_TYPES] : [...v.deviceTypes];
}

/** POST /adGroups for a Message group: the user's choices plus every fixed and derived field. */
export function toMessagePayload(v: MessageFormValues, campaignId: number): MessageAdGroupCreateRequest {
  const price = messagePrice(v.targeting);
  const f = MESSAGE_FIXED_FIELDS;
  return {
    campaign: { id: campaignId },
    name: v.name,
    placements: [...f.placements],
    // spec-notes #4: false, or true when longTerm is on.
    allAvailableDeviceType: messageAllAvailableDeviceType(v.longTerm),
    allAvailablePlacement: f.allAvailablePlacement,
    deviceTypes: devicesFor(v),
    messageSendingInfo: {
      contractCount: parseCount(v.contractCount),
      longTerm: v.longTerm,
      price,
      pushAlarm: v.pushAlarm,
      sendRate: v.sendRate,
      status: f.messageSendingInfo.status,
      syncStatus: f.messageSendingInfo.syncStatus,
      ageVerification: v.ageVerification,
    },
    targeting: v.targeting,
    adult: f.adult,
    bidStrategy: f.bidStrategy,
    pricingType: f.pricingType,
    // spec-notes #6: bidAmount always equals price.
    bidAmount: price,
    pacing: f.pacing,
    schedule: schedule(v),
    smartMessage: v.smartMessage,
  };
}

/**
 * PUT /adGroups: "pass the fields to be edited and not to be edited together". Every
 * listed field is sent, merged onto the loaded group: its id, campaign and channel, and
 * `dailyBudgetAmount`, listed as required though Message groups have none (spec-notes #7).
 */
export function toMessageEditPayload(v: MessageFormValues, loaded: AdGroupDetail): MessageAdGroupEditRequest {
  const body: MessageAdGroupEditRequest = {
    ...toMessagePayload(v, loaded.campaign.id),
    id: loaded.id,
    dailyBudgetAmount: loaded.dailyBudgetAmount ?? 0,
  };
  if (loaded.profileId) body.profileId = loaded.profileId;
  return body;
}

function sendRateOf(rate: number | null | undefined): MessageFormValues['sendRate'] {
  return SEND_RATES.find((r) => r === rate) ?? 0;
}

/** A loaded Message group → the form. Unknown or missing values fall back to the defaults. */
export function fromMessageAdGroup(group: AdGroupDetail): MessageFormValues {
  const info = group.messageSendingInfo;
  const s = group.schedule;
  const longTerm = info?.longTerm === true;
  const devices = (group.deviceTypes ?? []).filter((d): d is MessageFormValues['deviceTypes'][number] =>
    MESSAGE_DEVICE_TYPES.some((m) => m === d),
  );
  return {
    name: group.name,
    deviceTypes: devices.length > 0 ? devices : [...MESSAGE_DEVICE_TYPES],
    targeting: targetingFromRead(group.targeting),
    smartMessage: group.smartMessage === true,
    contractCount: info?.contractCount == null ? '' : String(info.contractCount),
    sendRate: sendRateOf(info?.sendRate),
    pushAlarm: info?.pushAlarm === true,
    ageVerification: info?.ageVerification === true,
    longTerm,
    beginDate: s?.beginDate ?? '',
    beginTime: formTime(s?.beginTime),
    // Without longTerm the stored end is Kakao's automatic 30 days, not a choice.
    endDate: longTerm ? (s?.endDate ?? '') : '',
    endTime: longTerm ? formTime(s?.endTime) : '',
  };
}

/** A new group: both OSes, no targeting, push on, start an hour from now (Seoul). */
export function defaultMessageValues(name: string, now: { date: string; time: string }): MessageFormValues {
  const hour = Math.min(23, Number(now.time.slice(0, 2)) + 1);
  return {
    name,
    deviceTypes: [...MESSAGE_DEVICE_TYPES],
    targeting: emptyTargeting(),
    smartMessage: false,
    contractCount: '',
    sendRate: 0,
    pushAlarm: false,
    ageVerification: false,
    longTerm: false,
    beginDate: now.date,
    beginTime: `${String(hour).padStart(2, '0')}:00`,
    endDate: '',
    endTime: '',
  };
}

/** POST /targetings/populationScore for what the form holds now. */
export function toPopulationRequest(
  v: Pick<MessageFormValues, 'deviceTypes' | 'targeting' | 'smartMessage' | 'longTerm'>,
  campaign: Pick<Campaign, 'objective'>,
): PopulationScoreRequest {
  return {
    // This wizard only serves Talk Channel × Reach campaigns (the dispatch page decides).
    campaignTypeGoal: { campaignType: 'TALK_CHANNEL', goal: 'REACH' },
    objective: campaign.objective ?? null,
    placements: [...MESSAGE_FIXED_FIELDS.placements],
    allAvailableDeviceType: messageAllAvailableDeviceType(v.longTerm),
    allAvailablePlacement: MESSAGE_FIXED_FIELDS.allAvailablePlacement,
    deviceTypes: devicesFor(v),
    targeting: v.targeting,
    smartMessage: v.smartMessage,
  };
}
