import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdGroupDetail, BidStrategyTarget } from '../../../api/contracts/ad-group';
import { AUTOBID_MAXIMIZE_TYPES } from '../../../api/rules/autobid';
import { formatKrw } from '../../../i18n/format';
import { InlineBidEdit, InlineBudgetEdit } from '../actions/inline-budget-bid-edit';
import { InlinePacingEdit } from '../actions/inline-pacing-edit';
import { DetailSection, Facts, useEnumLabel, type Fact } from './detail-layout';
import { AD_GROUP_DETAIL_NAMESPACE } from './messages';

/** "Target CPC ₩250", "Target ROAS 300%", "Maximize clicks"; an unknown type as it came. */
export function useBidTargetLabel() {
  const { t } = useTranslation(AD_GROUP_DETAIL_NAMESPACE);
  return (target: BidStrategyTarget | null | undefined): string | null => {
    if (!target) return null;
    const { type, value } = target;
    if (AUTOBID_MAXIMIZE_TYPES.some((m) => m === type)) return t(`target.${type}`);
    const shown =
      value === null || value === undefined ? '' : type === 'TARGET_ROAS' ? t('values.roas', { value }) : formatKrw(value);
    if (type === 'TARGET_CPC' || type === 'TARGET_CPA' || type === 'TARGET_ROAS') return t(`target.${type}`, { value: shown });
    return t('target.unknown', { type, value: shown }).trim();
  };
}

export interface BiddingSectionProps {
  adAccountId: number;
  adGroup: AdGroupDetail;
}

/**
 * Bidding, pacing and the daily budget, editable in place where Kakao's partial endpoints
 * allow it (the shared inline edits decide, from the rules); read-only otherwise.
 */
export function BiddingSection({ adAccountId, adGroup }: BiddingSectionProps) {
  const { t } = useTranslation(AD_GROUP_DETAIL_NAMESPACE);
  const label = useEnumLabel();
  const targetLabel = useBidTargetLabel();
  const items: Fact[] = [
    { key: 'bidStrategy', label: t('fields.bidStrategy'), value: label('bidStrategy', adGroup.bidStrategy) },
    { key: 'pricingType', label: t('fields.pricingType'), value: label('pricing', adGroup.pricingType) },
    { key: 'bidAmount', label: t('fields.bidAmount'), value: <InlineBidEdit adAccountId={adAccountId} adGroup={adGroup} /> },
  ];
  if (adGroup.bidStrategyTarget || adGroup.bidStrategy === 'AUTOBID') {
    items.push({ key: 'bidStrategyTarget', label: t('fields.bidStrategyTarget'), value: targetLabel(adGroup.bidStrategyTarget) });
  }
  items.push(
    { key: 'pacing', label: t('fields.pacing'), value: <InlinePacingEdit adAccountId={adAccountId} adGroup={adGroup} /> },
    { key: 'dailyBudget', label: t('fields.dailyBudget'), value: <InlineBudgetEdit adAccountId={adAccountId} adGroup={adGroup} /> },
  );

  return (
    <DetailSection title={t('sections.bidding')} testId="section-bidding">
      <Facts items={items} />
      {(adGroup.isDailyBudgetAmountOver || adGroup.isValidPeriod === false) && (
        <Stack gap="xs">
          {/* Static facts about the group, not events: a note, not an alert that interrupts. */}
          {adGroup.isDailyBudgetAmountOver && (
            <Alert role="note" color="orange" variant="light" data-testid="warning-budget-over">
              {t('warnings.budgetOver')}
            </Alert>
          )}
          {adGroup.isValidPeriod === false && (
            <Alert role="note" color="orange" variant="light" data-testid="warning-invalid-period">
              {t('warnings.invalidPeriod')}
            </Alert>
          )}
        </Stack>
      )}
    </DetailSection>
  );
}
