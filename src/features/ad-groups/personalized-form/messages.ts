import type { Messages } from '../../../i18n/register-messages';

const en = {
  title: { create: 'New Personalized message ad group', edit: 'Rename Personalized message ad group', duplicate: 'Duplicate Personalized message ad group' },
  step: 'Ad group',
  loading: 'Loading the ad group…',
  campaign: 'Campaign',
  name: 'Ad group name',
  nameHint: '{{count}} / 50 characters',
  nameRequired: 'Enter a name.',
  editOnlyName: 'Only the name of a Personalized message ad group can be changed.',
  pricing: 'Pricing: CPMS, set automatically. The cost per message follows the platform policy.',
  privacyTitle: 'Obligations regarding personal information processing',
  privacyBody:
    'When entrusting users’ personal information to Kakao for the use of Kakao Advertising Integrated Services, advertisers must inform users of this fact. In addition, advertisers must use personal information only for the purpose agreed to by users in accordance with relevant laws.',
  submit: { create: 'Create ad group', edit: 'Save name' },
  saved: { create: 'Ad group “{{name}}” created.', edit: 'Ad group renamed to “{{name}}”.' },
} satisfies Messages;

type Catalog<T> = { [K in keyof T]: T[K] extends string ? string : Catalog<T[K]> };

const ko: Catalog<typeof en> & Messages = {
  title: { create: '새 개인화 메시지 광고그룹', edit: '개인화 메시지 광고그룹 이름 변경', duplicate: '개인화 메시지 광고그룹 복사' },
  step: '광고그룹',
  loading: '광고그룹을 불러오는 중…',
  campaign: '캠페인',
  name: '광고그룹 이름',
  nameHint: '{{count}} / 50자',
  nameRequired: '이름을 입력하세요.',
  editOnlyName: '개인화 메시지 광고그룹은 이름만 바꿀 수 있습니다.',
  pricing: '과금 방식: CPMS (자동 설정). 발송당 비용은 플랫폼 정책에 따릅니다.',
  privacyTitle: '개인정보 처리에 관한 의무',
  privacyBody:
    '카카오 광고 통합 서비스 이용을 위해 이용자의 개인정보 처리를 카카오에 위탁하는 경우, 광고주는 이 사실을 이용자에게 알려야 합니다. 또한 광고주는 관련 법령에 따라 이용자가 동의한 목적으로만 개인정보를 이용해야 합니다.',
  submit: { create: '광고그룹 만들기', edit: '이름 저장' },
  saved: { create: '광고그룹 “{{name}}”을(를) 만들었습니다.', edit: '광고그룹 이름을 “{{name}}”(으)로 바꿨습니다.' },
};

/** The `personalizedForm` namespace (registered in ./i18n.ts); pure data for the parity test. */
export const personalizedFormMessages = { ko, en };
