import type { Audience, Cohort, CustomerFile, Tracker, TrackerEvent } from '../../src/api/contracts/lookups';

/*
 * "My data" for custom-audience targeting. Ids the reference's samples use exist here:
 * customerFileId 1 (usable), cohortId 1 and trackId "123456789" with PageView / "*" / 방문.
 */

/** Every status, and `ready` only where the file can be targeted (COMPLETE). */
export const CUSTOMER_FILES: readonly CustomerFile[] = [
  { id: 1, name: '2025 상반기 구매고객', customerFileStatus: 'COMPLETE', populationScore: 184_200, ready: true, createdDate: '2025-03-04T10:12:00' },
  { id: 2, name: 'VIP 멤버십 회원', customerFileStatus: 'COMPLETE', populationScore: 23_500, ready: true, createdDate: '2025-02-17T15:40:21' },
  { id: 3, name: '앱 휴면회원 (90일)', customerFileStatus: 'WAITING', populationScore: null, ready: false, createdDate: '2025-06-02T09:05:43' },
  { id: 4, name: '이벤트 응모자 명단', customerFileStatus: 'MODIFYING', populationScore: 41_300, ready: false, createdDate: '2024-11-20T18:30:00' },
  { id: 5, name: '2023 연말 프로모션 참여자', customerFileStatus: 'DELETE', populationScore: 9_800, ready: false, createdDate: '2023-12-01T11:00:00' },
  { id: 6, name: '오프라인 매장 방문객 (형식 오류)', customerFileStatus: 'ERROR', populationScore: null, ready: false, createdDate: '2025-05-28T14:22:10' },
  { id: 7, name: '신규 가입 고객 (모수 부족)', customerFileStatus: 'COMPLETE', populationScore: 0, ready: false, createdDate: '2025-06-10T08:15:00' },
];

const ALL_EVENTS: TrackerEvent = { eventCode: '*', trackRuleId: '*', trackRuleName: '모든 이벤트' };

/** ASSUMPTION: `events` is the sandbox's own shape (see the Tracker contract). */
const webEvents = (...extra: TrackerEvent[]): TrackerEvent[] => [
  ALL_EVENTS,
  { eventCode: 'PageView', trackRuleId: '*', trackRuleName: '방문' },
  { eventCode: 'CompleteRegistration', trackRuleId: '*', trackRuleName: '회원가입' },
  { eventCode: 'ViewContent', trackRuleId: '*', trackRuleName: '콘텐츠/상품 조회' },
  { eventCode: 'AddToCart', trackRuleId: '*', trackRuleName: '장바구니 담기' },
  { eventCode: 'Purchase', trackRuleId: '*', trackRuleName: '구매' },
  ...extra,
];

/** Pixels (web) and SDKs (apps) the ad account may use. */
export const TRACKERS: readonly Tracker[] = [
  {
    trackId: '123456789',
    trackName: '한빛몰 웹 픽셀',
    population: 1_254_000,
    eventStatus: 'ACTIVE',
    role: 'MASTER',
    events: webEvents(
      { eventCode: 'PageView', trackRuleId: '2001', trackRuleName: '여름 세일 기획전 방문' },
      { eventCode: 'Search', trackRuleId: '*', trackRuleName: '검색' },
    ),
  },
  {
    trackId: '987654321',
    trackName: '한빛몰 앱 SDK',
    population: 482_300,
    eventStatus: 'ACTIVE',
    role: 'MASTER',
    events: [
      ALL_EVENTS,
      { eventCode: 'AppInstall', trackRuleId: '*', trackRuleName: '앱 설치' },
      { eventCode: 'Login', trackRuleId: '*', trackRuleName: '로그인' },
      { eventCode: 'InAppPurchase', trackRuleId: '*', trackRuleName: '인앱 결제' },
    ],
  },
  {
    trackId: '555012345',
    trackName: '모먼트카페 예약 픽셀',
    population: 36_800,
    eventStatus: 'ACTIVE',
    role: 'MEMBER',
    events: webEvents({ eventCode: 'Participation', trackRuleId: '*', trackRuleName: '예약 신청' }),
  },
  {
    trackId: '555067890',
    trackName: '구 브랜드 사이트 픽셀 (수집 중단)',
    population: 0,
    eventStatus: 'INACTIVE',
    role: 'MEMBER',
    events: [ALL_EVENTS],
  },
];

/** Engagement targets: people who reacted to earlier Display ads or messages. */
export const COHORTS: readonly Cohort[] = [
  { cohortId: 1, name: '봄 시즌 배너 클릭 사용자', type: 'DISPLAY', population: 128_400 },
  { cohortId: 2, name: '신제품 영상 50% 이상 시청', type: 'DISPLAY', population: 64_900 },
  { cohortId: 3, name: '장바구니 리마인드 메시지 클릭', type: 'MESSAGE', population: 18_250 },
  { cohortId: 4, name: '채널 쿠폰 메시지 수신자', type: 'MESSAGE', population: 210_700 },
];

/** Saved audiences (targeting.type DISPLAY or MESSAGE with targeting.id). */
export const AUDIENCES: readonly Audience[] = [
  { id: 101, name: '2030 여성 수도권 쇼핑 관심', audienceStatus: 'COMPLETE', type: 'DISPLAY' },
  { id: 102, name: '4050 남성 골프·자동차 관심', audienceStatus: 'COMPLETE', type: 'DISPLAY' },
  { id: 103, name: '앱 구매자 제외 리타게팅', audienceStatus: 'WAITING', type: 'DISPLAY' },
  { id: 201, name: '채널 친구 중 구매 이력 보유', audienceStatus: 'COMPLETE', type: 'MESSAGE' },
  { id: 202, name: '메시지 미반응 고객', audienceStatus: 'ERROR', type: 'MESSAGE' },
];
