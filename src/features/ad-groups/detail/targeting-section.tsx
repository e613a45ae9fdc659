import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Targeting } from '../../../api/contracts/targeting';
import { TargetingSummary } from '../../targeting/targeting-summary';
import { DetailSection } from './detail-layout';
import { AD_GROUP_DETAIL_NAMESPACE } from './messages';
import { toTargetingView } from './targeting-view';

/** Demographics, regions at every depth (deprecated ones marked) and every custom audience. */
export function TargetingSection({ adAccountId, targeting }: { adAccountId: number; targeting: Targeting | null | undefined }) {
  const { t } = useTranslation(AD_GROUP_DETAIL_NAMESPACE);
  return (
    <DetailSection title={t('sections.targeting')} testId="section-targeting">
      {targeting ? (
        <TargetingSummary value={toTargetingView(targeting)} adAccountId={adAccountId} />
      ) : (
        <Text size="sm">{t('values.none')}</Text>
      )}
    </DetailSection>
  );
}
