import { registerMessages } from '../../../i18n/register-messages';

/** Namespace `adGroups`: loaded with the list page's chunk, not the first screen. */
export const adGroupListKo = {
  list: {
    title: '광고그룹',
    campaignTitle: '{{campaign}}의 광고그룹',
    intro: '이 캠페인의 광고그룹과 상태입니다.',
    count: '광고그룹 {{count}}개',
    caption: '광고그룹 목록',
    emptyTitle: '이 캠페인에는 광고그룹이 없습니다',
    emptyHint: '광고그룹을 만들면 여기에 표시됩니다.',
    columns: {
      name: '이름',
      config: '상태',
      systemConfig: '시스템 상태',
    },
  },
};

export const adGroupListEn: typeof adGroupListKo = {
  list: {
    title: 'Ad groups',
    campaignTitle: 'Ad groups of {{campaign}}',
    intro: 'The ad groups of this campaign and their status.',
    count: 'Ad groups: {{count}}',
    caption: 'Ad groups',
    emptyTitle: 'This campaign has no ad groups',
    emptyHint: 'Ad groups you create appear here.',
    columns: {
      name: 'Name',
      config: 'Status',
      systemConfig: 'System status',
    },
  },
};

export const AD_GROUPS_NAMESPACE = 'adGroups';

// Registered with the list page's lazy chunk.
registerMessages(AD_GROUPS_NAMESPACE, { ko: adGroupListKo, en: adGroupListEn });
