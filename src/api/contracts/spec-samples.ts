// Every JSON sample of kakao-moment-ad-group-api.txt, as data, in the document's order.
// Transcribed with the trailing commas removed (and one missing comma added, noted below);
// everything else is kept as Kakao wrote it, typos included (`depth2locations`,
// `desrciption`, numeric `profileId`/`cohortId`), because the contracts must read them
// (spec-notes #9, #10, #11). The tests parse each one with its schema; the sandbox may
// seed from them. Source line numbers refer to the reference text.

/** View list of ad groups: response. Line 82. */
export const listAdGroupsResponse = {
  content: [
    { id: 1111, name: 'ad_group_1', config: 'ON', userConfig: 'ON', systemConfig: 'ON' },
    { id: 1112, name: 'ad_group_2', config: 'OFF', userConfig: 'OFF', systemConfig: 'ADMIN_STOP' },
  ],
};

/** View ad group: response (a Bizboard × Visit group). Line 215. */
export const viewDisplayAdGroupResponse = {
  id: 54322,
  name: 'kakao_bizboard_visit_202205201557',
  config: 'ON',
  dynamicTarget: null,
  creativeOptimization: false,
  smartMessage: null,
  pacing: 'NONE',
  pricingType: 'CPC',
  bidAmount: 0,
  bidStrategy: 'AUTOBID',
  statusDescription: '운영중',
  status: ['LIVE'],
  deviceTypes: ['ANDROID', 'IOS'],
  placements: ['DAUM', 'NETWORK', 'KAKAO_TALK', 'KAKAO_SERVICE'],
  targeting: {
    type: 'NORMAL',
    adAccountId: null,
    ageType: 'ALL',
    genderType: 'ALL',
    locationType: 'AREA',
    locations: [
      { value: 'E', description: '광주광역시', depth1Name: '광주광역시' },
      { value: 'O', description: '충청남도', depth1Name: '충청남도' },
    ],
    depth2locations: [
      { value: 'B7222', desrciption: '경기도 여주시', depth1Name: '경기도', depth2Name: '여주시' },
      { value: 'I1009', desrciption: '서울특별시 도봉구', depth1Name: '광주광역시', depth2Name: '도봉구' },
    ],
    depth3Locations: [
      {
        value: 'A70052424',
        desrciption: '강원도 삼척시 원덕읍',
        depth1Name: '강원도',
        depth2Name: '삼척시',
        depth3Name: '원덕읍',
      },
      {
        value: 'M55550301',
        description: '전북특별자치도 전주시 덕진구 금암1동',
        depth1Name: '전북특별자치도',
        depth2Name: '전주시 덕진구',
        depth3Name: '금암1동',
        deprecated: true,
      },
    ],
    ufoInterests: ['I0202', 'I020601', 'I03', 'I320104'],
    ufoDeprecatedInterests: ['I320104'],
    ufoBusinessTypes: ['P1021', 'P2003'],
    ufoDeprecatedBusinessTypes: ['P2003'],
  },
  schedule: {
    detailTime: false,
    beginDate: '2022-05-20',
    beginTime: '00:00:00',
    mondayTime: ['1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1'],
    tuesdayTime: ['1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1'],
    wednesdayTime: ['1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1'],
    thursdayTime: ['1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1'],
    fridayTime: ['1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1'],
    saturdayTime: ['1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1'],
    sundayTime: ['1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1'],
    lateNight: false,
  },
  campaign: {
    id: 33626,
    name: 'modified_pixel&SDK_kakao_bizboard_visit_202204211136',
    campaignTypeGoal: { campaignType: 'TALK_BIZ_BOARD', goal: 'VISITING' },
    objective: null,
    dailyBudgetAmount: null,
    config: 'ON',
    statusDescription: '운영중',
    trackId: null,
    adAccountId: 27429,
    status: ['LIVE'],
    systemConfig: 'ON',
    isDailyBudgetAmountOver: false,
    adminStop: false,
  },
  useWifiOnly: false,
  creativeCount: 0,
  systemConfig: 'ON',
  allAvailableDeviceType: false,
  allAvailablePlacement: true,
  adult: false,
  dailyBudgetAmount: 100000,
  isDailyBudgetAmountOver: false,
  isValidPeriod: true,
  createdDate: '2022-05-20T15:57:51',
  lastModifiedDate: '2022-05-20T15:57:51',
  adminStop: false,
};

/** View ad group: failure (HTTP 400). Line 369. */
export const viewAdGroupFailResponse = {
  code: -813,
  msg: 'KakaoMomentException',
  extras: { detailCode: 32001, detailMsg: '광고그룹이 존재하지 않습니다.' },
};

/** Create Display ad group: request body. Line 781. */
export const createDisplayAdGroupRequest = {
  campaign: { id: 5678 },
  placements: ['KAKAO_TALK'],
  allAvailableDeviceType: false,
  allAvailablePlacement: false,
  deviceTypes: ['IOS', 'ANDROID'],
  targeting: {
    ageType: 'NOT_ALL',
    ages: ['15', '20', '25', '30', '35', '40', '45', '50', '55', '60', '65'],
    genderType: 'NOT_ALL',
    genders: ['M', 'F'],
    sectionCategories: ['KKO99-1'],
    cohortTargetings: [
      { cohortId: 1, inclusionType: 'EXCLUDE' },
    ],
    customerFileTargetings: [
      { customerFileId: 1, inclusionType: 'INCLUDE' },
    ],
    talkChannelTargetings: [
      { profileId: 1, inclusionType: 'EXCLUDE' },
    ],
    syncAppTargetings: [
      { profileId: 1, inclusionType: 'INCLUDE' },
    ],
    trackerTargetings: [
      {
        trackId: '123456789',
        inclusionType: 'INCLUDE',
        term: 180,
        eventCode: 'PageView',
        trackRuleId: '*',
        trackRuleName: '방문',
      },
    ],
    locationType: 'AREA',
    locations: [
      { value: 'E', description: '광주광역시', depth1Name: '광주광역시' },
      { value: 'O', description: '충청남도', depth1Name: '충청남도' },
    ],
    depth2locations: [
      { value: 'B7222', desrciption: '경기도 여주시', depth1Name: '경기도', depth2Name: '여주시' },
      { value: 'I1009', desrciption: '서울특별시 도봉구', depth1Name: '광주광역시', depth2Name: '도봉구' },
    ],
    depth3Locations: [
      {
        value: 'A70052424',
        desrciption: '강원도 삼척시 원덕읍',
        depth1Name: '강원도',
        depth2Name: '삼척시',
        depth3Name: '원덕읍',
      },
      {
        value: 'E13010702',
        desrciption: '광주광역시 남구 백운2동',
        depth1Name: '광주광역시',
        depth2Name: '남구',
        depth3Name: '백운2동',
      },
    ],
  },
  adult: false,
  dailyBudgetAmount: 100000,
  bidStrategy: 'AUTOBID',
  bidStrategyTarget: { type: 'TARGET_CPC', value: 250 },
  bidAmount: 0,
  pricingType: 'CPC',
  pacing: 'NONE',
  name: '카카오톡_비즈보드_등록',
  schedule: {
    beginDate: '2020-01-01',
    endDate: '2020-01-31',
    lateNight: true,
    detailTime: false,
    mondayTime: ['1', '1', '1', '0', '0', '1', '0', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1'],
    tuesdayTime: ['1', '1', '1', '0', '0', '1', '0', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1'],
    wednesdayTime: ['1', '1', '1', '0', '0', '1', '0', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1'],
    thursdayTime: ['1', '1', '1', '0', '0', '1', '0', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1'],
    fridayTime: ['1', '1', '1', '0', '0', '1', '0', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1'],
    saturdayTime: ['1', '1', '1', '0', '0', '1', '0', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1'],
    sundayTime: ['1', '1', '1', '0', '0', '1', '0', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '0'],
  },
  type: 'DISPLAY',
};

/** Create Display ad group: response. Line 890. */
export const createDisplayAdGroupResponse = {
  id: 54322,
  name: '카카오 비즈보드_방문_202205201557',
  config: 'ON',
  dynamicTarget: null,
  creativeOptimization: false,
  smartMessage: null,
  pacing: 'NONE',
  pricingType: 'CPC',
  bidAmount: 0,
  bidStrategy: 'AUTOBID',
  bidStrategyTarget: { type: 'TARGET_CPC', value: 250 },
  statusDescription: '운영중',
  status: ['LIVE'],
  deviceTypes: ['ANDROID', 'IOS'],
  placements: ['DAUM', 'NETWORK', 'KAKAO_TALK', 'KAKAO_SERVICE'],
  targeting: {
    type: 'NORMAL',
    adAccountId: null,
    ageType: 'ALL',
    genderType: 'ALL',
    locationType: 'AREA',
    locations: [
      { value: 'E', description: '광주광역시', depth1Name: '광주광역시' },
      { value: 'O', description: '충청남도', depth1Name: '충청남도' },
    ],
    depth2locations: [
      { value: 'B7222', desrciption: '경기도 여주시', depth1Name: '경기도', depth2Name: '여주시' },
      { value: 'I1009', desrciption: '서울특별시 도봉구', depth1Name: '광주광역시', depth2Name: '도봉구' },
    ],
    depth3Locations: [
      {
        value: 'A70052424',
        desrciption: '강원도 삼척시 원덕읍',
        depth1Name: '강원도',
        depth2Name: '삼척시',
        depth3Name: '원덕읍',
      },
      {
        value: 'M55550301',
        description: '전북특별자치도 전주시 덕진구 금암1동',
        depth1Name: '전북특별자치도',
        depth2Name: '전주시 덕진구',
        depth3Name: '금암1동',
        deprecated: true,
      },
    ],
  },
  schedule: {
    detailTime: false,
    beginDate: '2022-05-20',
    beginTime: '00:00:00',
    mondayTime: ['1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1'],
    tuesdayTime: ['1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1'],
    wednesdayTime: ['1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1'],
    thursdayTime: ['1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1'],
    fridayTime: ['1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1'],
    saturdayTime: ['1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1'],
    sundayTime: ['1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1'],
    lateNight: false,
  },
  campaign: {
    id: 33626,
    name: '픽셀&SDK수정_카카오 비즈보드_방문_202204211136',
    campaignTypeGoal: { campaignType: 'TALK_BIZ_BOARD', goal: 'VISITING' },
    objective: null,
    dailyBudgetAmount: null,
    config: 'ON',
    statusDescription: '운영중',
    trackId: null,
    adAccountId: 27429,
    status: ['LIVE'],
    systemConfig: 'ON',
    isDailyBudgetAmountOver: false,
    adminStop: false,
  },
  useWifiOnly: false,
  creativeCount: 0,
  systemConfig: 'ON',
  allAvailableDeviceType: false,
  allAvailablePlacement: true,
  adult: false,
  dailyBudgetAmount: 100000,
  isDailyBudgetAmountOver: false,
  isValidPeriod: true,
  createdDate: '2022-05-20T15:57:51',
  lastModifiedDate: '2022-05-20T15:57:51',
  adminStop: false,
};

/** Edit Display ad group: request body (the comma missing after `"id" : 1234` is added). Line 1270. */
export const editDisplayAdGroupRequest = {
  id: 1234,
  campaign: { id: 5678 },
  placements: ['KAKAO_TALK'],
  allAvailableDeviceType: false,
  allAvailablePlacement: false,
  deviceTypes: ['IOS', 'ANDROID'],
  targeting: {
    ageType: 'NOT_ALL',
    ages: ['15', '20', '25', '30', '35', '40', '45', '50', '55', '60', '65'],
    genderType: 'NOT_ALL',
    genders: ['M', 'F'],
    sectionCategories: ['KKO99-1'],
    cohortTargetings: [
      { cohortId: 1, inclusionType: 'EXCLUDE' },
    ],
    customerFileTargetings: [
      { customerFileId: 1, inclusionType: 'INCLUDE' },
    ],
    talkChannelTargetings: [
      { profileId: 1, inclusionType: 'EXCLUDE' },
    ],
    syncAppTargetings: [
      { profileId: 1, inclusionType: 'INCLUDE' },
    ],
    trackerTargetings: [
      {
        trackId: '123456789',
        inclusionType: 'INCLUDE',
        term: 180,
        eventCode: 'PageView',
        trackRuleId: '*',
        trackRuleName: '방문',
      },
    ],
    locationType: 'AREA',
    locations: [
      { value: 'E', description: '광주광역시', depth1Name: '광주광역시' },
      { value: 'O', description: '충청남도', depth1Name: '충청남도' },
    ],
    depth2locations: [
      { value: 'B7222', desrciption: '경기도 여주시', depth1Name: '경기도', depth2Name: '여주시' },
      { value: 'I1009', desrciption: '서울특별시 도봉구', depth1Name: '광주광역시', depth2Name: '도봉구' },
    ],
    depth3Locations: [
      {
        value: 'A70052424',
        desrciption: '강원도 삼척시 원덕읍',
        depth1Name: '강원도',
        depth2Name: '삼척시',
        depth3Name: '원덕읍',
      },
      {
        value: 'E13010702',
        desrciption: '광주광역시 남구 백운2동',
        depth1Name: '광주광역시',
        depth2Name: '남구',
        depth3Name: '백운2동',
      },
    ],
  },
  adult: false,
  dailyBudgetAmount: 100000,
  bidStrategy: 'AUTOBID',
  bidAmount: 0,
  pricingType: 'CPC',
  pacing: 'NONE',
  name: 'modify_kakao_talk_bizboard',
  schedule: {
    beginDate: '2020-01-01',
    endDate: '2020-01-31',
    lateNight: true,
    detailTime: false,
    mondayTime: ['1', '1', '1', '0', '0', '1', '0', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1'],
    tuesdayTime: ['1', '1', '1', '0', '0', '1', '0', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1'],
    wednesdayTime: ['1', '1', '1', '0', '0', '1', '0', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1'],
    thursdayTime: ['1', '1', '1', '0', '0', '1', '0', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1'],
    fridayTime: ['1', '1', '1', '0', '0', '1', '0', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1'],
    saturdayTime: ['1', '1', '1', '0', '0', '1', '0', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1'],
    sundayTime: ['1', '1', '1', '0', '0', '1', '0', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '0'],
  },
  type: 'DISPLAY',
};

/** Edit Display ad group: response. Line 1376. */
export const editDisplayAdGroupResponse = {
  id: 54322,
  name: 'kakao_bizboard_visit_202205201557',
  config: 'ON',
  dynamicTarget: null,
  creativeOptimization: false,
  smartMessage: null,
  pacing: 'NONE',
  pricingType: 'CPC',
  bidAmount: 0,
  bidStrategy: 'AUTOBID',
  statusDescription: '운영중',
  status: ['LIVE'],
  deviceTypes: ['ANDROID', 'IOS'],
  placements: ['DAUM', 'NETWORK', 'KAKAO_TALK', 'KAKAO_SERVICE'],
  targeting: {
    type: 'NORMAL',
    adAccountId: null,
    ageType: 'ALL',
    genderType: 'ALL',
    locationType: 'AREA',
    locations: [
      { value: 'E', description: '광주광역시', depth1Name: '광주광역시' },
      { value: 'O', description: '충청남도', depth1Name: '충청남도' },
    ],
    depth2locations: [
      { value: 'B7222', desrciption: '경기도 여주시', depth1Name: '경기도', depth2Name: '여주시' },
      { value: 'I1009', desrciption: '서울특별시 도봉구', depth1Name: '광주광역시', depth2Name: '도봉구' },
    ],
    depth3Locations: [
      {
        value: 'A70052424',
        desrciption: '강원도 삼척시 원덕읍',
        depth1Name: '강원도',
        depth2Name: '삼척시',
        depth3Name: '원덕읍',
      },
      {
        value: 'E13010702',
        desrciption: '광주광역시 남구 백운2동',
        depth1Name: '광주광역시',
        depth2Name: '남구',
        depth3Name: '백운2동',
      },
    ],
  },
  schedule: {
    detailTime: false,
    beginDate: '2022-05-20',
    beginTime: '00:00:00',
    mondayTime: ['1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1'],
    tuesdayTime: ['1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1'],
    wednesdayTime: ['1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1'],
    thursdayTime: ['1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1'],
    fridayTime: ['1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1'],
    saturdayTime: ['1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1'],
    sundayTime: ['1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1'],
    lateNight: false,
  },
  campaign: {
    id: 33626,
    name: 'modified_pixel&SDK_kakao_bizboard_visit_202204211136',
    campaignTypeGoal: { campaignType: 'TALK_BIZ_BOARD', goal: 'VISITING' },
    objective: null,
    dailyBudgetAmount: null,
    config: 'ON',
    statusDescription: '운영중',
    trackId: null,
    adAccountId: 27429,
    status: ['LIVE'],
    systemConfig: 'ON',
    isDailyBudgetAmountOver: false,
    adminStop: false,
  },
  useWifiOnly: false,
  creativeCount: 0,
  systemConfig: 'ON',
  allAvailableDeviceType: false,
  allAvailablePlacement: true,
  adult: false,
  dailyBudgetAmount: 100000,
  isDailyBudgetAmountOver: false,
  isValidPeriod: true,
  createdDate: '2022-05-20T15:57:51',
  lastModifiedDate: '2022-05-20T15:57:51',
  adminStop: false,
};

/** Edit daily budget: request body (the response is HTTP 200 with no body). Line 1551. */
export const dailyBudgetRequest = { id: 1234, dailyBudgetAmount: 5000000 };

/** Edit daily budget: failure (HTTP 400). Line 1562. */
export const dailyBudgetFailResponse = {
  code: -813,
  msg: 'KakaoMomentException',
  extras: { detailCode: 32021, detailMsg: '광고그룹 일예산은 최소 10,000보다 크거나 같아야 합니다.' },
};

/** Edit maximum bid: request body (the response is HTTP 200 with no body). Line 1646. */
export const bidAmountRequest = { id: 1234, bidAmount: 5000 };

/** Edit maximum bid: failure (HTTP 400). Line 1657. */
export const bidAmountFailResponse = {
  code: -813,
  msg: 'KakaoMomentException',
  extras: { detailCode: 32013, detailMsg: '관련 작업을 지원하지 않는 광고그룹입니다.' },
};

/** Edit spending method: request body (the response is HTTP 200 with no body). Line 1707. */
export const pacingRequest = { id: 1234, pacing: 'QUICK' };

/** Edit spending method: failure (HTTP 400). Line 1718. */
export const pacingFailResponse = {
  code: -813,
  msg: 'KakaoMomentException',
  extras: { detailCode: 32016, detailMsg: '게재방식을 선택할 수 없습니다.' },
};

/** Create Message ad group: request body. Line 1912. */
export const createMessageAdGroupRequest = {
  campaign: { id: 1 },
  name: '메시지_광고그룹',
  placements: ['KAKAO_TALK'],
  allAvailableDeviceType: true,
  allAvailablePlacement: false,
  deviceTypes: ['IOS', 'ANDROID'],
  messageSendingInfo: {
    contractCount: 100,
    longTerm: false,
    price: 15,
    pushAlarm: true,
    sendRate: 0,
    status: 'SAVE',
    syncStatus: 'READY',
    ageVerification: false,
  },
  targeting: { ageType: 'ALL', genderType: 'ALL', locationType: 'ALL' },
  adult: false,
  bidStrategy: 'MANUAL',
  pricingType: 'CPMS',
  bidAmount: 15,
  pacing: 'NONE',
  schedule: { beginDate: '2023-11-15', beginTime: '13:00:00', lateNight: false, detailTime: false },
  smartMessage: false,
};

/** Create Message ad group: response. Line 1952. */
export const createMessageAdGroupResponse = {
  id: 541620,
  name: '메시지_광고그룹',
  config: 'ON',
  dynamicTarget: false,
  creativeOptimization: false,
  smartMessage: false,
  pricingType: 'CPMS',
  bidAmount: 15,
  bidStrategy: 'MANUAL',
  totalBudget: 1500,
  totalBudgetWithVAT: 1650,
  status: ['NO_AVAILABLE_CREATIVE'],
  deviceTypes: ['IOS', 'ANDROID'],
  placements: ['KAKAO_TALK'],
  targeting: { type: 'NORMAL', adAccountId: null, ageType: 'ALL', genderType: 'ALL', locationType: 'ALL' },
  schedule: {
    detailTime: false,
    beginDate: '2023-11-15',
    beginTime: '13:00:00',
    endDate: '2023-12-15',
    endTime: '23:59:59.999999999',
    lateNight: false,
  },
  messageSendingInfo: {
    price: 15,
    contractCount: 100,
    sendRate: 0,
    pushAlarm: true,
    startedAt: null,
    finishedAt: null,
    status: 'SAVE',
    syncStatus: 'READY',
    ageVerification: false,
    longTerm: false,
  },
  profileId: '_ZQxd',
  campaign: {
    id: 34097,
    name: '카카오톡 채널_도달_202311031251',
    campaignTypeGoal: { campaignType: 'TALK_CHANNEL', goal: 'REACH' },
    objective: { type: 'TALK_CHANNEL', detailType: 'SEND_MESSAGE', value: '_ZQxd' },
    dailyBudgetAmount: null,
    config: 'ON',
    statusDescription: '운영중',
    trackId: null,
    adAccountId: 27429,
    status: ['LIVE'],
    systemConfig: 'ON',
    isDailyBudgetAmountOver: false,
  },
  useWifiOnly: false,
  creativeCount: 0,
  systemConfig: 'ON',
  bidStrategyTarget: null,
  allAvailableDeviceType: true,
  allAvailablePlacement: false,
  adult: false,
  isDailyBudgetAmountOver: false,
  isValidPeriod: false,
  createdDate: '2023-11-14T15:36:40.469166',
  lastModifiedDate: '2023-11-14T15:36:40.522281',
};

/** Edit Message ad group: request body (price 30 is out of date, spec-notes #6). Line 2163. */
export const editMessageAdGroupRequest = {
  id: 1,
  campaign: { id: 1 },
  messageSendingInfo: {
    contractCount: 33,
    longTerm: false,
    price: 30,
    pushAlarm: false,
    sendRate: 1500,
    status: 'SAVE',
    syncStatus: 'READY',
  },
  profileId: '_Xxo',
  placements: ['KAKAO_TALK'],
  allAvailableDeviceType: true,
  allAvailablePlacement: false,
  deviceTypes: ['IOS', 'ANDROID'],
  targeting: {
    genderType: 'NOT_ALL',
    genders: ['M'],
    locationType: 'ALL',
    locations: [],
  },
  adult: false,
  dailyBudgetAmount: 100000,
  bidStrategy: 'MANUAL',
  bidAmount: 30,
  pricingType: 'CPMS',
  pacing: 'NONE',
  smartMessage: false,
  name: 'message_ad_group',
  schedule: {
    beginDate: '2021-06-01',
    beginTime: '13:00:00',
    lateNight: false,
    detailTime: false,
    mondayTime: [],
    tuesdayTime: [],
    wednesdayTime: [],
    thursdayTime: [],
    fridayTime: [],
    saturdayTime: [],
    sundayTime: [],
  },
};

/** Edit Message ad group: response. Line 2213. */
export const editMessageAdGroupResponse = {
  id: 541620,
  name: 'ad_group_for_sending_msg',
  config: 'ON',
  dynamicTarget: false,
  creativeOptimization: false,
  smartMessage: false,
  pricingType: 'CPMS',
  bidAmount: 15,
  bidStrategy: 'MANUAL',
  totalBudget: 270,
  totalBudgetWithVAT: 297,
  status: ['FINISHED'],
  placements: ['KAKAO_TALK'],
  targeting: { type: 'NORMAL', adAccountId: null, ageType: 'ALL', genderType: 'ALL', locationType: 'ALL' },
  schedule: {
    detailTime: false,
    beginDate: '2022-05-17',
    beginTime: '13:40:00',
    endDate: '2022-06-16',
    endTime: '23:59:59.999999999',
    lateNight: false,
  },
  messageSendingInfo: {
    price: 15,
    contractCount: 18,
    sendRate: 0,
    pushAlarm: true,
    startedAt: '2022-05-18T16:18:14',
    finishedAt: '2022-05-18T16:18:26',
    status: 'FINISHED',
    syncStatus: 'SUCCESS',
    ageVerification: false,
    longTerm: false,
  },
  profileId: '_ZQxd',
  campaign: {
    id: 34097,
    name: 'kakao_talk_channel_reach_202205161039',
    campaignTypeGoal: { campaignType: 'TALK_CHANNEL', goal: 'REACH' },
    objective: { type: 'TALK_CHANNEL', detailType: 'SEND_MESSAGE', value: '_ZQxd' },
    dailyBudgetAmount: null,
    config: 'ON',
    statusDescription: '운영중',
    trackId: null,
    adAccountId: 27429,
    status: ['LIVE'],
    systemConfig: 'ON',
    isDailyBudgetAmountOver: false,
    adminStop: false,
  },
  useWifiOnly: false,
  creativeCount: 1,
  systemConfig: 'ON',
  allAvailableDeviceType: true,
  allAvailablePlacement: false,
  adult: false,
  isDailyBudgetAmountOver: false,
  isValidPeriod: false,
  createdDate: '2022-05-17T11:39:10',
  lastModifiedDate: '2022-05-17T11:39:10',
};

/** Retrieve estimated target population: request body. Line 2360. */
export const populationScoreRequest = {
  sectionCategories: [],
  deviceTypes: [],
  adServingCategories: [],
  placements: ['KAKAO_TALK'],
  campaignTypeGoal: { id: 2, campaignType: 'TALK_CHANNEL', goal: 'REACH' },
  targeting: {
    ages: ['30'],
    syncAppTargetings: [],
    talkChannelGroupTargetings: [],
    ufoInterests: [],
    depth2Locations: [],
    retargetingApps: [],
    genders: [],
    cohortTargetings: [],
    plusFriendTargetings: [],
    contents: [],
    trackerTargetings: [],
    id: -1,
    ufoBusinessTypes: [],
    customerFileTargetings: [],
    audienceType: 'NORMAL',
    locations: [],
  },
  allAvailableDeviceType: true,
  smartMessage: false,
  allAvailablePlacement: false,
};

/** Retrieve estimated target population: response (spec-notes #15). Line 2395. */
export const populationScoreResponse = { populationScore: 134 };

/** Create Personalized message ad group: request body. Line 2506. */
export const createPersonalizedAdGroupRequest = {
  campaign: { id: 1 },
  name: 'Test Personalized message ad group',
};

/** Create Personalized message ad group: response. Line 2515. */
export const createPersonalizedAdGroupResponse = {
  id: 1,
  name: 'Test Personalized message ad group',
  config: 'ON',
  pricingType: 'CPMS',
  status: ['NO_AVAILABLE_CREATIVE'],
  deviceTypes: ['ANDROID', 'IOS'],
  placements: ['KAKAO_TALK'],
  profileId: '_Xxju',
  campaign: {
    id: 1,
    name: '개인화 메시지_도달_202306150913',
    campaignTypeGoal: { campaignType: 'PERSONAL_MESSAGE', goal: 'REACH' },
    objective: { type: 'TALK_CHANNEL', detailType: 'SEND_MESSAGE', value: '_Xxju' },
    dailyBudgetAmount: null,
    config: 'ON',
    statusDescription: '운영중',
    trackId: null,
    adAccountId: 39543,
    status: ['LIVE'],
    systemConfig: 'ON',
    isDailyBudgetAmountOver: false,
  },
  creativeCount: 0,
  systemConfig: 'ON',
  adult: false,
  createdDate: '2023-06-16T14:14:15.124859',
  lastModifiedDate: '2023-06-16T14:14:15.94692',
};

/** Edit Personalized message ad group: request body (sent with PUT, spec-notes #16). Line 2624. */
export const editPersonalizedAdGroupRequest = {
  id: 11111,
  campaign: { id: 11111 },
  name: 'Edit Personalized message ad group',
};

/** Edit Personalized message ad group: response. Line 2634. */
export const editPersonalizedAdGroupResponse = {
  id: 1,
  name: 'Edit Personalized message ad group',
  config: 'ON',
  pricingType: 'CPMS',
  status: ['NO_AVAILABLE_CREATIVE'],
  deviceTypes: ['ANDROID', 'IOS'],
  placements: ['KAKAO_TALK'],
  profileId: '_Xxju',
  campaign: {
    id: 1,
    name: '개인화 메시지_도달_202306150913',
    campaignTypeGoal: { campaignType: 'PERSONAL_MESSAGE', goal: 'REACH' },
    objective: { type: 'TALK_CHANNEL', detailType: 'SEND_MESSAGE', value: '_Xxju' },
    dailyBudgetAmount: null,
    config: 'ON',
    statusDescription: '운영중',
    trackId: null,
    adAccountId: 39543,
    status: ['LIVE'],
    systemConfig: 'ON',
    isDailyBudgetAmountOver: false,
  },
  creativeCount: 0,
  systemConfig: 'ON',
  adult: false,
  createdDate: '2023-06-16T14:14:15.124859',
  lastModifiedDate: '2023-06-16T14:14:15.94692',
};

/** Change ad group status: request body (the response is HTTP 200 with no body). Line 2720. */
export const onOffRequest = { id: 1234, config: 'ON' };

/** Change ad group status: failure (HTTP 400). Line 2731. */
export const onOffFailResponse = {
  code: -813,
  msg: 'KakaoMomentException',
  extras: { detailCode: 32001, detailMsg: '광고그룹이 존재하지 않습니다.' },
};

/** Delete ad group: failure (HTTP 400; the success is HTTP 200 with no body). Line 2789. */
export const deleteAdGroupFailResponse = {
  code: -813,
  msg: 'KakaoMomentException',
  extras: {
    detailCode: 75007,
    detailMsg: '카카오톡 채널_도달 그룹은 삭제할 수 없습니다.',
    path: '/v2/moment/adGroups',
    timestamp: '2018-10-01T10:16:14.294+0000',
  },
};

/** View reason for system stop: response, administrator stop. Line 2849. */
export const systemStopReasonAdminStopResponse = {
  id: 1234,
  systemConfig: 'ADMIN_STOP',
  reason: '해당 광고그룹은 관리자정지 조치 취해졌습니다.',
  createdDate: '2021-01-01T00:00:00',
  lastModifiedDate: '2021-01-01T00:00:00',
};

/** View reason for system stop: response, external service stop. Line 2856. */
export const systemStopReasonExternalStopResponse = {
  id: 1234,
  systemConfig: 'EXTERNAL_SERVICE_STOP',
  reason: '채널 파트너센터에서 제재됨',
  detailReason: '메시지 집행 가이드, 운영정책 위반으로 2022년 7월 15일까지 메시지 발송이 불가',
  createdDate: '2021-01-01T00:00:00',
  lastModifiedDate: '2021-01-01T00:00:00',
};

/** View reason for system stop: failure. Line 2865. */
export const systemStopReasonFailResponse = {
  code: -813,
  msg: 'KakaoMomentException',
  extras: { detailCode: 32001, detailMsg: '광고그룹이 존재하지 않습니다.' },
};

/** View list of reasons for system stop: response. Line 2926. */
export const systemStopReasonListResponse = [
  {
    id: 1235,
    systemConfig: 'ADMIN_STOP',
    reason: '해당 광고그룹은 관리자정지 조치 취해졌습니다.',
    createdDate: '2021-01-01T00:00:00',
    lastModifiedDate: '2021-01-01T00:00:00',
  },
  {
    id: 1234,
    systemConfig: 'EXTERNAL_SERVICE_STOP',
    reason: '채널 파트너센터에서 제재됨',
    detailReason: '메시지 집행 가이드, 운영정책 위반으로 2022년 7월 15일까지 메시지 발송이 불가',
    createdDate: '2021-01-01T00:00:00',
    lastModifiedDate: '2021-01-01T00:00:00',
  },
];

/** View list of reasons for system stop: failure. Line 2944. */
export const systemStopReasonListFailResponse = {
  code: -813,
  msg: 'KakaoMomentException',
  extras: { detailCode: 32001, detailMsg: '광고그룹이 존재하지 않습니다.' },
};

/**
 * Create Message ad group, the pricing table's "no targeting" example (line 1746): a
 * fragment, not a request. Its `locationType: ""` is not a value the console sends
 * (spec-notes #2: ALL).
 */
export const messagePriceTableUntargetedTargeting = { type: 'NORMAL', ageType: 'ALL', genders: [], genderType: 'NOT_ALL', locationType: '' };
