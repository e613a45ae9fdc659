import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdGroupDetail } from '../../../api/contracts/ad-group';
import { DetailSection, Facts, useEnumLabel, type Fact } from './detail-layout';
import { ChannelProfile } from './message-section';
import { AD_GROUP_DETAIL_NAMESPACE } from './messages';

/**
 * Personalized message × Reach: Kakao keeps little more than the name, the channel and
 * CPMS pricing ("cost per sending is flexible and depends on the platform policy").
 */
export function PersonalizedSection({ adAccountId, adGroup }: { adAccountId: number; adGroup: AdGroupDetail }) {
  const { t } = useTranslation(AD_GROUP_DETAIL_NAMESPACE);
  const label = useEnumLabel();
  const items: Fact[] = [
    { key: 'profile', label: t('fields.profile'), value: <ChannelProfile adAccountId={adAccountId} profileId={adGroup.profileId} /> },
    {
      key: 'pricingType',
      label: t('fields.cpms'),
      value: (
        <>
          {label('pricing', adGroup.pricingType)}
          {adGroup.pricingType === 'CPMS' && (
            <Text size="xs" c="gray.7">
              {t('values.cpmsHint')}
            </Text>
          )}
        </>
      ),
    },
    { key: 'placements', label: t('fields.placements'), value: (adGroup.placements ?? []).map((p) => label('placement', p)).join(', ') },
    { key: 'deviceTypes', label: t('fields.deviceTypes'), value: (adGroup.deviceTypes ?? []).map((d) => label('device', d)).join(', ') },
  ];
  return (
    <DetailSection title={t('sections.personalized')} testId="section-personalized">
      <Facts items={items} />
    </DetailSection>
  );
}
