import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdGroupDetail } from '../../../api/contracts/ad-group';
import { canEditBudgetBidPacing } from '../../../api/rules/capabilities';
import { validateBidChange, validateDailyBudgetChange } from '../../../api/rules/validate-partial';
import { Money } from '../../../components/money';
import { useEditBidAmount } from '../api/use-edit-bid-amount';
import { useEditDailyBudget } from '../api/use-edit-daily-budget';
import { existingFactsOf } from './facts';
import { InlineMoneyEdit } from './inline-money-edit';
import { AD_GROUP_ACTIONS_NAMESPACE } from './messages';

export interface InlineDetailEditProps {
  adAccountId: number;
  /** The group's detail: the rules need its campaign, bid strategy, pricing and budget. */
  adGroup: AdGroupDetail;
}

/**
 * The daily budget, editable where Kakao's partial endpoint allows it: 10,000–500,000,000
 * in steps of 10, at most the campaign's daily budget (rules/budget.ts).
 */
export function InlineBudgetEdit({ adAccountId, adGroup }: InlineDetailEditProps) {
  const { t } = useTranslation(AD_GROUP_ACTIONS_NAMESPACE);
  const mutation = useEditDailyBudget(adAccountId);
  const facts = existingFactsOf(adGroup);
  if (!canEditBudgetBidPacing(facts).dailyBudget) return <Money amount={adGroup.dailyBudgetAmount} />;
  return (
    <InlineMoneyEdit
      label={t('edit.budgetLabel', { name: adGroup.name })}
      value={adGroup.dailyBudgetAmount}
      validate={(amount) => validateDailyBudgetChange(facts, amount)}
      onSave={(dailyBudgetAmount) => mutation.mutate({ id: adGroup.id, dailyBudgetAmount })}
      pending={mutation.isPending}
    />
  );
}

/**
 * The maximum bid, editable with manual bidding only: at least the minimum for the
 * campaign and pricing type, at most min(100,000, 50 % of the daily budget) (spec-notes #1).
 */
export function InlineBidEdit({ adAccountId, adGroup }: InlineDetailEditProps) {
  const { t } = useTranslation(AD_GROUP_ACTIONS_NAMESPACE);
  const mutation = useEditBidAmount(adAccountId);
  const facts = existingFactsOf(adGroup);
  if (!canEditBudgetBidPacing(facts).bidAmount) {
    return adGroup.bidStrategy === 'AUTOBID' ? (
      <Text size="sm">{t('edit.autoBid')}</Text>
    ) : (
      <Money amount={adGroup.bidAmount} />
    );
  }
  return (
    <InlineMoneyEdit
      label={t('edit.bidLabel', { name: adGroup.name })}
      value={adGroup.bidAmount}
      validate={(amount) => validateBidChange(facts, amount)}
      onSave={(bidAmount) => mutation.mutate({ id: adGroup.id, bidAmount })}
      pending={mutation.isPending}
    />
  );
}
