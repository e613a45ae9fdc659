import type { SystemStopReason } from '../../src/api/contracts/system-stop';
import type { StoredAdGroup } from '../db';
import { displayGroup, displaySchedule, messageGroup, personalizedGroup, targeting, WORK_HOURS } from './seed-builders';
import { SMALL_COUNT, SMALL_FIRST_ID, seedBulkAdGroups } from './seed-bulk';
import { CAMPAIGN_IDS, type SeededCampaign } from './seed-campaigns';
import type { SeedClock } from './seed-clock';
import { seedHistories } from './seed-histories';

/** Ad groups that tests and e2e journeys refer to by name. */
export const AD_GROUP_IDS = {
  displayLive: 54001,
  displayOff: 54002,
  displayAdminStop: 54003,
  displayDeleted: 54004,
  displayWorkHours: 54005,
  conversionAutobid: 54011,
  conversionManual: 54012,
  conversionExternalStop: 54013,
  bizboardAutobid: 54322, // the reference's sample id
  bizboardManual: 54022,
  bizboardDeleted: 54023,
  bizboardConversion: 54031,
  bizboardConversionAdminStop: 54032,
  videoLive: 54041,
  videoOff: 54042,
  messageSaved: 541620, // the reference's sample id
  messageFinished: 54052,
  messageTargeted: 54053,
  messageOff: 54054,
  messageExternalStop: 54055,
  messageDeleted: 54056,
  personalizedLive: 54061,
  personalizedOff: 54062,
  personalizedDeleted: 54063,
  personalizedAdminStop: 54064,
  daumShopping: 54071,
  bizboardReach: 54081,
  offCampaignGroup: 54091,
  secondAccountDisplay: 56001,
  secondAccountMessage: 56011,
} as const;

const ID = AD_GROUP_IDS;
const WOMEN_2030 = { ages: ['20', '25', '30', '35'], genders: ['F'] };

export function seedAdGroups(
  clock: SeedClock,
  campaigns: readonly SeededCampaign[],
): { adGroups: StoredAdGroup[]; histories: Map<number, SystemStopReason[]> } {
  const c = (id: number) => {
    const found = campaigns.find((x) => x.id === id);
    if (!found) throw new Error(`No seeded campaign ${id}`);
    return found;
  };
  const live = displaySchedule(clock, -20, null);
  const d = (id: number) => (s: Parameters<typeof displayGroup>[2]) => displayGroup(clock, c(id), s);

  const visit = d(CAMPAIGN_IDS.displayVisit);
  const conversion = d(CAMPAIGN_IDS.displayConversion);
  const bizVisit = d(CAMPAIGN_IDS.bizboardVisit);
  const bizConv = d(CAMPAIGN_IDS.bizboardConversion);
  const video = d(CAMPAIGN_IDS.videoView);
  const msg = (s: Omit<Parameters<typeof messageGroup>[2], 'profileId'>, campaignId: number = CAMPAIGN_IDS.talkChannelReach) =>
    messageGroup(clock, c(campaignId), { profileId: campaignId === CAMPAIGN_IDS.talkChannelReach ? '_ZQxd' : '_Xxo', ...s });
  const personal = (s: Parameters<typeof personalizedGroup>[2]) => personalizedGroup(clock, c(CAMPAIGN_IDS.personalMessage), s);

  const groups = [
    visit({ id: ID.displayLive, name: '봄 기획전_2030 여성_수도권', schedule: live, targeting: targeting({ ...WOMEN_2030, d1: ['I', 'B'] }), dailyBudgetAmount: 200_000, bidAmount: 250 }),
    visit({ id: ID.displayOff, name: '봄 기획전_리타게팅', config: 'OFF', schedule: displaySchedule(clock, -40, 60), pricingType: 'CPM', bidAmount: 1_500, pacing: 'QUICK', targeting: targeting({ cohortTargetings: [{ cohortId: '1', inclusionType: 'INCLUDE' }] }) }),
    visit({ id: ID.displayAdminStop, name: '봄 기획전_관리자 정지', systemConfig: 'ADMIN_STOP', schedule: live }),
    visit({ id: ID.displayDeleted, name: '봄 기획전_지난 주 테스트', config: 'DEL', schedule: displaySchedule(clock, -60, -10) }),
    visit({ id: ID.displayWorkHours, name: '봄 기획전_평일 업무시간_PC', schedule: displaySchedule(clock, -5, 90, WORK_HOURS, true), deviceTypes: ['ANDROID', 'IOS', 'PC'], placements: ['DAUM', 'KAKAO_SERVICE'], adServingCategories: [], allAvailablePlacement: false, targeting: targeting({ d2: ['I1009', 'B7222'] }) }),
    conversion({ id: ID.conversionAutobid, name: '회원가입_자동입찰_CPA 목표', schedule: live, bidStrategy: 'AUTOBID', bidAmount: 0, pacing: 'NONE', pricingType: 'CPA', bidStrategyTarget: { type: 'TARGET_CPA', value: 3_000 }, dailyBudgetAmount: 500_000, allAvailableDeviceType: true, deviceTypes: ['ANDROID', 'IOS', 'PC'] }),
    conversion({ id: ID.conversionManual, name: '회원가입_수동입찰_30대', config: 'OFF', schedule: live, pricingType: 'CPA', bidAmount: 1_500, targeting: targeting({ ages: ['30', '35'], ufoInterests: ['I0202', 'I020601'] }) }),
    conversion({ id: ID.conversionExternalStop, name: '회원가입_외부 서비스 정지', systemConfig: 'EXTERNAL_SERVICE_STOP', schedule: live, pricingType: 'CPC', bidAmount: 300 }),
    bizVisit({ id: ID.bizboardAutobid, name: '카카오 비즈보드_방문_202205201557', schedule: live, bidStrategy: 'AUTOBID', bidAmount: 0, pacing: 'NONE', bidStrategyTarget: { type: 'TARGET_CPC', value: 250 }, targeting: targeting({ d1: ['E', 'O'] }) }),
    bizVisit({ id: ID.bizboardManual, name: '여름 세일_채팅탭 전용', schedule: displaySchedule(clock, 0, 45), placements: ['KAKAO_TALK'], adServingCategories: [], sectionCategories: ['KKO99-1'], allAvailablePlacement: false, pricingType: 'CPM', bidAmount: 3_000, dailyBudgetAmount: 1_000_000 }),
    bizVisit({ id: ID.bizboardDeleted, name: '여름 세일_사전 테스트', config: 'DEL', schedule: displaySchedule(clock, -90, -30) }),
    bizConv({ id: ID.bizboardConversion, name: '구매 전환_비즈보드_전국', schedule: live, pacing: 'NONE', bidAmount: 500 }),
    bizConv({ id: ID.bizboardConversionAdminStop, name: '구매 전환_비즈보드_정지', systemConfig: 'ADMIN_STOP', config: 'OFF', schedule: live, pacing: 'NONE' }),
    video({ id: ID.videoLive, name: '런칭 영상_15초_전체 기기', schedule: live, pricingType: 'CPV', bidAmount: 20, allAvailableDeviceType: true, deviceTypes: ['ANDROID', 'IOS', 'PC'], dailyBudgetAmount: 300_000 }),
    video({ id: ID.videoOff, name: '런칭 영상_30초_모바일', config: 'OFF', schedule: live, pricingType: 'CPV', bidAmount: 35 }),
    msg({ id: ID.messageSaved, name: '메시지_광고그룹', contractCount: 152_340, price: 15, schedule: { begin: 3 }, creativeCount: 0 }),
    msg({ id: ID.messageFinished, name: '5월 감사 쿠폰 발송', contractCount: 150_000, price: 15, sending: 'FINISHED', schedule: { begin: -40 }, age: 45 }),
    msg({ id: ID.messageTargeted, name: '여성 고객 신상품 안내', contractCount: 40_000, price: 20, targeting: targeting({ genders: ['F'] }), schedule: { begin: 1 } }),
    msg({ id: ID.messageOff, name: '주말 특가 알림 (보류)', config: 'OFF', contractCount: 160_000, price: 15, schedule: { begin: 5 } }),
    msg({ id: ID.messageExternalStop, name: '채널 제재로 중단된 발송', systemConfig: 'EXTERNAL_SERVICE_STOP', contractCount: 155_000, price: 15, schedule: { begin: 2 } }),
    msg({ id: ID.messageDeleted, name: '작년 블랙프라이데이 발송', config: 'DEL', contractCount: 140_000, price: 15, sending: 'FINISHED', schedule: { begin: -200 }, age: 210 }),
    personal({ id: ID.personalizedLive, name: '주문 완료 알림', profileId: '_ZQxd' }),
    personal({ id: ID.personalizedOff, name: '배송 출발 알림', config: 'OFF', profileId: '_ZQxd' }),
    personal({ id: ID.personalizedDeleted, name: '장바구니 리마인드 (종료)', config: 'DEL', profileId: '_ZQxd' }),
    personal({ id: ID.personalizedAdminStop, name: '포인트 소멸 안내', systemConfig: 'ADMIN_STOP', profileId: '_ZQxd' }),
    d(CAMPAIGN_IDS.daumShopping)({ id: ID.daumShopping, name: '쇼핑박스_가전 기획전', schedule: live, placements: ['DAUM'], adServingCategories: [], allAvailablePlacement: false, pricingType: 'CPC', bidAmount: 400, deviceTypes: ['ANDROID', 'IOS', 'PC'] }),
    d(CAMPAIGN_IDS.bizboardReach)({ id: ID.bizboardReach, name: '브랜드 도달_비즈보드 보장형', schedule: displaySchedule(clock, -7, 7), pricingType: 'CPM', bidAmount: 3_000, pacing: 'NONE', dailyBudgetAmount: 5_000_000 }),
    d(CAMPAIGN_IDS.displayVisitOff)({ id: ID.offCampaignGroup, name: '겨울 시즌_패딩 기획전', config: 'OFF', schedule: displaySchedule(clock, -120, -30) }),
    d(CAMPAIGN_IDS.secondDisplayVisit)({ id: ID.secondAccountDisplay, name: '신메뉴_딸기라떼_강남', schedule: live, targeting: targeting({ d2: ['I1009'] }), dailyBudgetAmount: 50_000 }),
    msg({ id: ID.secondAccountMessage, name: '단골 손님 쿠폰', contractCount: 8_420, price: 15, schedule: { begin: 2 } }, CAMPAIGN_IDS.secondTalkChannelReach),
    ...seedBulkAdGroups(clock, c(CAMPAIGN_IDS.bulk)),
    // Same shapes as the bulk campaign, so the bench compares list sizes, not row kinds.
    ...seedBulkAdGroups(clock, c(CAMPAIGN_IDS.small), SMALL_COUNT, SMALL_FIRST_ID),
  ] as StoredAdGroup[];

  return { adGroups: groups, histories: seedHistories(clock, groups) };
}
