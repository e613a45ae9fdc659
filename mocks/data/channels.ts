import type { TalkChannelGroupFile, TalkChannelProfile } from '../../src/api/contracts/lookups';

/*
 * Kakao Talk Channels of the ad account. `_ZQxd` and `_Xxo` are the reference's sample
 * profile ids. Smart message needs a channel with 100,000 friends or more: `_ZQxd` has them.
 */
export const TALK_CHANNEL_PROFILES: readonly TalkChannelProfile[] = [
  { profileId: '_ZQxd', name: '한빛몰', friendCount: 152_340 },
  { profileId: '_Xxo', name: '모먼트카페', friendCount: 8_420 },
  { profileId: '_kPxaJ', name: '바른치과의원 강남점', friendCount: 1_206 },
  { profileId: '_qLtmB', name: '푸른여행사', friendCount: 47_915 },
];

/** Friend groups; only Talk Channel × Reach campaigns may target them (reference). */
export const TALK_CHANNEL_GROUP_FILES: readonly TalkChannelGroupFile[] = [
  { id: 1, profileId: '_ZQxd', fileType: 'APP_USER_ID', groupKey: 'gk_7f3a91c2', name: '앱 회원 중 최근 30일 구매', friendCount: 21_840, talkChannelGroupFileStatus: 'COMPLETE' },
  { id: 2, profileId: '_ZQxd', fileType: 'PHONE_NUMBER', groupKey: 'gk_1b8e0d57', name: 'VIP 고객 전화번호', friendCount: 4_310, talkChannelGroupFileStatus: 'COMPLETE' },
  { id: 3, profileId: '_ZQxd', fileType: 'MESSAGE_RETARGET', groupKey: 'gk_c94d2e10', name: '6월 쿠폰 메시지 클릭자', friendCount: 12_675, talkChannelGroupFileStatus: 'COMPLETE' },
  { id: 4, profileId: '_Xxo', fileType: 'PHONE_NUMBER', groupKey: 'gk_52aa6f03', name: '단골 손님 연락처', friendCount: 980, talkChannelGroupFileStatus: 'WAITING' },
  { id: 5, profileId: '_qLtmB', fileType: 'MESSAGE_RETARGET', groupKey: 'gk_0e6b4c88', name: '제주 패키지 메시지 수신자', friendCount: 8_102, talkChannelGroupFileStatus: 'COMPLETE' },
  { id: 6, profileId: '_qLtmB', fileType: 'APP_USER_ID', groupKey: 'gk_9d13f7ab', name: '앱 회원 (업로드 오류)', friendCount: 0, talkChannelGroupFileStatus: 'ERROR' },
];
