import type { DisplayAdGroup, MessageAdGroup, PersonalizedAdGroup } from '../../src/api/contracts/ad-group';
import { messageTotals } from '../../src/api/rules/message';
import { deriveStatus } from '../ad-group-status';
import { DEPTH1_LOCATIONS, DEPTH2_LOCATIONS, DEPTH3_LOCATIONS } from './locations';
import type { SeededCampaign } from './seed-campaigns';
import type { SeedClock } from './seed-clock';

type Targeting = NonNullable<DisplayAdGroup['targeting']>;
type Schedule = NonNullable<DisplayAdGroup['schedule']>;

const ALL_HOURS = Array.from({ length: 24 }, () => '1');
/** Office hours only: 09:00–18:59 on. */
export const WORK_HOURS = ALL_HOURS.map((_, h) => (h >= 9 && h < 19 ? '1' : '0'));

/** A location from the look-up data, so seeded targeting matches what the pickers offer. */
export function region(value: string) {
  const row = [...DEPTH1_LOCATIONS, ...DEPTH2_LOCATIONS, ...DEPTH3_LOCATIONS].find((r) => r.value === value);
  if (!row) throw new Error(`No region ${value} in mocks/data/locations.ts`);
  return row;
}

export const ALL_TARGETING: Targeting = { type: 'NORMAL', ageType: 'ALL', genderType: 'ALL', locationType: 'ALL' };

export function targeting(t: { ages?: string[]; genders?: string[]; d1?: string[]; d2?: string[]; d3?: string[] } & Partial<Targeting>): Targeting {
  const { ages, genders, d1 = [], d2 = [], d3 = [], ...rest } = t;
  const area = d1.length + d2.length + d3.length > 0;
  return {
    type: 'NORMAL',
    ageType: ages ? 'NOT_ALL' : 'ALL',
    ...(ages ? { ages } : {}),
    genderType: genders ? 'NOT_ALL' : 'ALL',
    ...(genders ? { genders } : {}),
    locationType: area ? 'AREA' : 'ALL',
    ...(area
      ? { locations: d1.map(region), depth2Locations: d2.map(region), depth3Locations: d3.map(region) }
      : {}),
    ...rest,
  };
}

/** Display schedule from day offsets; `hours` switches the same hours on every day (spec-notes #13). */
export function displaySchedule(clock: SeedClock, begin: number, end: number | null, hours = ALL_HOURS, lateNight = false): Schedule {
  const day = [...hours];
  return {
    beginDate: clock.day(begin),
    ...(end === null ? {} : { endDate: clock.day(end) }),
    beginTime: '00:00:00',
    detailTime: hours.includes('0'),
    lateNight,
    mondayTime: day,
    tuesdayTime: day,
    wednesdayTime: day,
    thursdayTime: day,
    fridayTime: day,
    saturdayTime: day,
    sundayTime: day,
  };
}

interface Common {
  id: number;
  name: string;
  config?: 'ON' | 'OFF' | 'DEL';
  systemConfig?: 'ON' | 'ADMIN_STOP' | 'EXTERNAL_SERVICE_STOP';
  creativeCount?: number;
  /** Days before today the group was created. */
  age?: number;
}

function common(clock: SeedClock, campaign: SeededCampaign, c: Common) {
  const created = clock.at(-(c.age ?? 30), '10:15:00');
  return {
    id: c.id,
    name: c.name,
    config: c.config ?? 'ON',
    systemConfig: c.systemConfig ?? 'ON',
    creativeCount: c.creativeCount ?? 2,
    campaign,
    createdDate: created,
    lastModifiedDate: clock.at(-Math.min(c.age ?? 30, 3), '16:40:00'),
  };
}

/** Index-signature types lose their keys under Omit, so the spec is an intersection. */
export type DisplaySpec = Common & Partial<DisplayAdGroup> & { schedule: Schedule };

export function displayGroup(clock: SeedClock, campaign: SeededCampaign, s: DisplaySpec): DisplayAdGroup {
  const base = common(clock, campaign, s);
  const group: DisplayAdGroup = {
    type: 'DISPLAY',
    placements: ['KAKAO_SERVICE', 'KAKAO_TALK', 'DAUM', 'NETWORK'],
    adServingCategories: ['NEWS', 'SHOPPING', 'LIFESTYLE'],
    allAvailablePlacement: true,
    allAvailableDeviceType: false,
    deviceTypes: ['ANDROID', 'IOS'],
    targeting: ALL_TARGETING,
    adult: false,
    dailyBudgetAmount: 100_000,
    bidStrategy: 'MANUAL',
    pricingType: 'CPC',
    bidAmount: 200,
    bidStrategyTarget: null,
    pacing: 'NORMAL',
    useWifiOnly: false,
    isDailyBudgetAmountOver: false,
    ...s,
    ...base,
  };
  return { ...group, ...deriveStatus(group, clock.today) };
}

export type MessageSpec = Common & {
  contractCount: number;
  price: 15 | 20;
  targeting?: Targeting;
  sending?: 'SAVE' | 'FINISHED';
  profileId: string;
  schedule: { begin: number; beginTime?: string };
  smartMessage?: boolean;
};

export function messageGroup(clock: SeedClock, campaign: SeededCampaign, s: MessageSpec): MessageAdGroup {
  const base = common(clock, campaign, s);
  const finished = s.sending === 'FINISHED';
  const group: MessageAdGroup = {
    ...base,
    smartMessage: s.smartMessage ?? false,
    pricingType: 'CPMS',
    bidStrategy: 'MANUAL',
    bidAmount: s.price,
    pacing: 'NONE',
    ...messageTotals(s.contractCount, s.price),
    deviceTypes: ['ANDROID', 'IOS'],
    placements: ['KAKAO_TALK'],
    targeting: s.targeting ?? ALL_TARGETING,
    schedule: {
      detailTime: false,
      lateNight: false,
      beginDate: clock.day(s.schedule.begin),
      beginTime: s.schedule.beginTime ?? '13:00:00',
      endDate: clock.day(s.schedule.begin + 30),
      endTime: '23:59:59.999999999',
    },
    messageSendingInfo: {
      price: s.price,
      contractCount: s.contractCount,
      sendRate: 0,
      pushAlarm: true,
      startedAt: finished ? clock.at(s.schedule.begin, '13:00:12') : null,
      finishedAt: finished ? clock.at(s.schedule.begin, '13:42:57') : null,
      status: s.sending ?? 'SAVE',
      syncStatus: finished ? 'SUCCESS' : 'READY',
      ageVerification: false,
      longTerm: false,
    },
    profileId: s.profileId,
    useWifiOnly: false,
    bidStrategyTarget: null,
    allAvailableDeviceType: false,
    allAvailablePlacement: false,
    adult: false,
    isDailyBudgetAmountOver: false,
  };
  return { ...group, ...deriveStatus(group, clock.today) };
}

export function personalizedGroup(clock: SeedClock, campaign: SeededCampaign, s: Common & { profileId: string }): PersonalizedAdGroup {
  const base = common(clock, campaign, s);
  const group: PersonalizedAdGroup = {
    ...base,
    pricingType: 'CPMS',
    deviceTypes: ['ANDROID', 'IOS'],
    placements: ['KAKAO_TALK'],
    profileId: s.profileId,
    adult: false,
  };
  const { status } = deriveStatus(group, clock.today);
  return { ...group, status };
}
