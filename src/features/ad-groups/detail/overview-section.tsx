import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdGroupDetail } from '../../../api/contracts/ad-group';
import { DetailSection, Facts, useEnumLabel, useYesNo, type Fact } from './detail-layout';
import { formatKakaoDateTime } from './format-detail';
import { AD_GROUP_DETAIL_NAMESPACE } from './messages';

/** "Display · Conversion" from the common catalog; a type or goal it lacks shows as it came. */
export function useCampaignTypeGoal(adGroup: Pick<AdGroupDetail, 'campaign'>): { type: string; goal: string } {
  const { t } = useTranslation();
  const typeGoal = adGroup.campaign.campaignTypeGoal;
  const type = typeGoal?.campaignType ?? '';
  const goal = typeGoal?.goal ?? '';
  return {
    type: type && t(`campaignType.${type}`, { defaultValue: type }),
    goal: goal && t(`goal.${goal}`, { defaultValue: goal }),
  };
}

/** Kakao's status codes, translated; its own Korean description when it sends no codes. */
function StatusText({ adGroup }: { adGroup: AdGroupDetail }) {
  const label = useEnumLabel();
  const codes = adGroup.status ?? [];
  if (codes.length > 0) return <>{codes.map((code) => label('status', code)).join(', ')}</>;
  return adGroup.statusDescription ? (
    <Text span lang="ko">
      {adGroup.statusDescription}
    </Text>
  ) : null;
}

/** What every kind of ad group has: its id, campaign, status, creatives and dates. */
export function OverviewSection({ adGroup }: { adGroup: AdGroupDetail }) {
  const { t, i18n } = useTranslation(AD_GROUP_DETAIL_NAMESPACE);
  const yesNo = useYesNo();
  const { type, goal } = useCampaignTypeGoal(adGroup);
  const items: Fact[] = [
    { key: 'id', label: t('fields.id'), value: adGroup.id },
    { key: 'campaign', label: t('fields.campaign'), value: adGroup.campaign.name ?? `#${adGroup.campaign.id}` },
    { key: 'typeGoal', label: t('fields.typeGoal'), value: [type, goal].filter(Boolean).join(' · ') },
    { key: 'status', label: t('fields.status'), value: <StatusText adGroup={adGroup} /> },
    { key: 'creativeCount', label: t('fields.creativeCount'), value: adGroup.creativeCount },
    { key: 'adult', label: t('fields.adult'), value: yesNo(adGroup.adult) },
    { key: 'createdDate', label: t('fields.createdDate'), value: formatKakaoDateTime(adGroup.createdDate, i18n.language) },
    {
      key: 'lastModifiedDate',
      label: t('fields.lastModifiedDate'),
      value: formatKakaoDateTime(adGroup.lastModifiedDate, i18n.language),
    },
  ];
  return (
    <DetailSection title={t('sections.overview')} testId="section-overview">
      <Facts items={items} />
    </DetailSection>
  );
}
