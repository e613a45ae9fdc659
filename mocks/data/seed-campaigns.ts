import type { Campaign } from '../../src/api/contracts/campaign';
import { ACCOUNT_IDS } from './seed-accounts';

/**
 * One campaign per creatable type × goal, plus the read-only and undeletable cases.
 * 33626 and 34097 are the reference's sample campaign ids.
 */
export const CAMPAIGN_IDS = {
  displayVisit: 35001,
  displayConversion: 35002, // has a campaign daily budget
  bizboardVisit: 33626,
  bizboardConversion: 35004,
  videoView: 35005,
  talkChannelReach: 34097,
  personalMessage: 35007,
  daumShopping: 35008, // read-only type
  bizboardReach: 35009, // cannot delete / switch
  bulk: 35010, // about 300 ad groups
  small: 35013, // 10 ad groups: the bench's baseline for the 300-group list
  displayVisitOff: 35011,
  displayVisitDeleted: 35012,
  secondDisplayVisit: 36001,
  secondTalkChannelReach: 36002,
} as const;

export const CAMPAIGN_DAILY_BUDGET = 3_000_000;

export type SeededCampaign = Campaign & { id: number; adAccountId: number };

function campaign(
  id: number,
  name: string,
  campaignType: string,
  goal: string,
  extra: Partial<Campaign> = {},
  adAccountId: number = ACCOUNT_IDS.main,
): SeededCampaign {
  const config = extra.config ?? 'ON';
  return {
    id,
    name,
    campaignTypeGoal: { campaignType, goal },
    objective: null,
    dailyBudgetAmount: null,
    config,
    statusDescription: config === 'ON' ? '운영중' : config === 'OFF' ? '일시중지' : '삭제',
    trackId: null,
    status: [config === 'ON' ? 'LIVE' : config === 'OFF' ? 'OFF' : 'DELETED'],
    systemConfig: 'ON',
    isDailyBudgetAmountOver: false,
    ...extra,
    adAccountId,
  };
}

const pixel = (detailType: string) => ({ type: 'PIXEL_AND_SDK', detailType, value: '123456789' });
const channel = (profileId: string) => ({ type: 'TALK_CHANNEL', detailType: 'SEND_MESSAGE', value: profileId });

export function seedCampaigns(): SeededCampaign[] {
  return [
    campaign(CAMPAIGN_IDS.displayVisit, '디스플레이_방문_봄 시즌 기획전', 'DISPLAY', 'VISITING'),
    campaign(CAMPAIGN_IDS.displayConversion, '디스플레이_전환_회원가입 유도', 'DISPLAY', 'CONVERSION', {
      objective: pixel('SIGN_UP'),
      trackId: '123456789',
      dailyBudgetAmount: CAMPAIGN_DAILY_BUDGET,
    }),
    campaign(CAMPAIGN_IDS.bizboardVisit, '카카오 비즈보드_방문_여름 세일', 'TALK_BIZ_BOARD', 'VISITING'),
    campaign(CAMPAIGN_IDS.bizboardConversion, '카카오 비즈보드_전환_구매 전환', 'TALK_BIZ_BOARD', 'CONVERSION', {
      objective: pixel('PURCHASE'),
      trackId: '123456789',
    }),
    campaign(CAMPAIGN_IDS.videoView, '동영상_조회_신제품 런칭 영상', 'VIDEO', 'VIEW'),
    campaign(CAMPAIGN_IDS.talkChannelReach, '카카오톡 채널_도달_한빛몰 소식', 'TALK_CHANNEL', 'REACH', {
      objective: channel('_ZQxd'),
    }),
    campaign(CAMPAIGN_IDS.personalMessage, '개인화 메시지_도달_주문 알림', 'PERSONAL_MESSAGE', 'REACH', {
      objective: channel('_ZQxd'),
    }),
    // ASSUMPTION: 'DAUM_SHOPPING' as the wire name (src/api/rules/capabilities.ts says the same).
    campaign(CAMPAIGN_IDS.daumShopping, '다음쇼핑_전환_쇼핑박스', 'DAUM_SHOPPING', 'CONVERSION'),
    campaign(CAMPAIGN_IDS.bizboardReach, '카카오 비즈보드_도달_브랜드 캠페인', 'TALK_BIZ_BOARD', 'REACH'),
    campaign(CAMPAIGN_IDS.bulk, '디스플레이_방문_상시 운영 (대량)', 'DISPLAY', 'VISITING'),
    campaign(CAMPAIGN_IDS.small, '디스플레이_방문_소규모 테스트', 'DISPLAY', 'VISITING'),
    campaign(CAMPAIGN_IDS.displayVisitOff, '디스플레이_방문_겨울 시즌 (중지)', 'DISPLAY', 'VISITING', { config: 'OFF' }),
    campaign(CAMPAIGN_IDS.displayVisitDeleted, '디스플레이_방문_지난 이벤트 (삭제)', 'DISPLAY', 'VISITING', { config: 'DEL' }),
    campaign(
      CAMPAIGN_IDS.secondDisplayVisit,
      '디스플레이_방문_카페 신메뉴',
      'DISPLAY',
      'VISITING',
      {},
      ACCOUNT_IDS.second,
    ),
    campaign(
      CAMPAIGN_IDS.secondTalkChannelReach,
      '카카오톡 채널_도달_단골 소식',
      'TALK_CHANNEL',
      'REACH',
      { objective: channel('_Xxo') },
      ACCOUNT_IDS.second,
    ),
  ];
}
