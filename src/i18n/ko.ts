import type { Messages } from './register-messages';

/** The app shell's messages (namespace `common`). en.ts must have exactly these keys. */
export const ko = {
  app: {
    name: '모먼트 콘솔',
    skipToContent: '본문으로 건너뛰기',
    home: '모먼트 콘솔 홈',
    contextNav: '광고계정과 캠페인 선택',
    loadingPage: '페이지를 불러오는 중…',
    noscript: '모먼트 콘솔을 사용하려면 자바스크립트를 켜 주세요.',
  },
  language: {
    label: '언어',
    ko: '한국어',
    en: 'English',
  },
  actions: {
    retry: '다시 시도',
    cancel: '취소',
    confirm: '확인',
    close: '닫기',
  },
  state: {
    loading: '불러오는 중…',
  },
  picker: {
    account: {
      label: '광고계정',
      placeholder: '광고계정 선택',
      loading: '광고계정을 불러오는 중…',
      error: '광고계정을 불러오지 못했습니다',
      empty: '광고계정이 없습니다',
    },
    campaign: {
      label: '캠페인',
      placeholder: '캠페인 선택',
      noAccount: '먼저 광고계정을 선택하세요',
      loading: '캠페인을 불러오는 중…',
      error: '캠페인을 불러오지 못했습니다',
      empty: '캠페인이 없습니다',
      typeGoal: '{{type}} · {{goal}}',
    },
  },
  demo: {
    reset: '데모 데이터 초기화',
    resetTitle: '데모 데이터를 초기화할까요?',
    resetMessage: '데모에서 바꾼 내용이 모두 사라지고 처음 데이터로 돌아갑니다.',
    resetConfirm: '초기화',
    resetDone: '데모 데이터를 초기화했습니다.',
    resetFailed: '데모 데이터를 초기화하지 못했습니다.',
  },
  errors: {
    title: '문제가 생겼습니다',
    auth: '비즈니스 토큰이 유효하지 않거나 만료되었거나 권한이 없습니다. 서버의 KAKAO_BUSINESS_TOKEN을 확인하세요.',
    network: '서버에 연결하지 못했습니다. 네트워크 연결을 확인한 뒤 다시 시도하세요.',
    timeout: '서버가 제때 응답하지 않았습니다. 잠시 후 다시 시도하세요.',
    malformed: '서버가 예상과 다른 형식으로 응답했습니다. 문제가 계속되면 관리자에게 알려 주세요.',
    rateLimited: '요청이 너무 많습니다. 잠시 후 다시 시도하세요.',
    kakao: '카카오모먼트가 요청을 거절했습니다.',
    http: '서버 오류가 발생했습니다 (HTTP {{status}}).',
    unexpected: '예상하지 못한 오류가 발생했습니다.',
    code: '오류 코드 {{code}}',
    background: '최신 데이터를 불러오지 못했습니다',
    mutation: '변경하지 못했습니다',
  },
  config: {
    ON: '켜짐',
    OFF: '꺼짐',
    DEL: '삭제됨',
  },
  systemConfig: {
    ON: '정상',
    ADMIN_STOP: '관리자 정지',
    EXTERNAL_SERVICE_STOP: '연동 서비스 제한',
  },
  campaignType: {
    DISPLAY: '디스플레이',
    TALK_BIZ_BOARD: '카카오 비즈보드',
    VIDEO: '동영상',
    TALK_CHANNEL: '카카오톡 채널',
    PERSONAL_MESSAGE: '개인화 메시지',
    // Shown read-only (rules/capabilities.ts); wire names inferred there.
    DAUM_SHOPPING: '다음쇼핑',
    KAKAO_TV: '카카오TV',
  },
  goal: {
    CONVERSION: '전환',
    VISITING: '방문',
    REACH: '도달',
    VIEW: '조회',
  },
  home: {
    title: '광고계정 선택',
    intro: '관리할 광고계정을 고르세요.',
    emptyTitle: '광고계정이 없습니다',
    emptyHint: '카카오모먼트에서 광고계정을 만든 뒤 다시 오세요.',
  },
  account: {
    title: '캠페인 선택',
    intro: '광고그룹을 보려면 캠페인을 고르세요.',
    emptyTitle: '이 광고계정에는 캠페인이 없습니다',
    emptyHint: '카카오모먼트에서 캠페인을 만든 뒤 다시 오세요.',
  },
  notFound: {
    title: '페이지를 찾을 수 없습니다',
    message: '주소가 잘못되었거나 더 이상 없는 페이지입니다.',
    home: '처음으로',
  },
  routeError: {
    title: '화면을 표시하지 못했습니다',
    message: '예상하지 못한 오류가 발생했습니다. 새로 고침하면 해결될 수 있습니다.',
    reload: '새로 고침',
  },
} satisfies Messages;

/** The same tree with any strings: how another language must look. */
export type CatalogShape<T> = { [K in keyof T]: T[K] extends string ? string : CatalogShape<T[K]> };
