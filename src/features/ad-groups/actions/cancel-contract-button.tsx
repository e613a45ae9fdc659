import type { ButtonProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { canCancelContract } from '../../../api/rules/capabilities';
import { useCancelContract } from '../api/use-cancel-contract';
import { ConfirmedActionButton } from './confirmed-action-button';
import type { CampaignFacts } from './facts';
import { AD_GROUP_ACTIONS_NAMESPACE } from './messages';

export interface CancelContractButtonProps {
  adAccountId: number;
  adGroup: { id: number; name: string; config: string };
  campaign: CampaignFacts;
  /** `sendingStatusOf(detail)` (facts.ts): a contract already cancelled is not offered again. */
  sendingStatus?: string | null;
  onCancelled?: () => void;
  size?: ButtonProps['size'];
}

/** "Cancel contract" of a Message group (Talk Channel × Reach), after saying what it does. */
export function CancelContractButton({
  adAccountId,
  adGroup,
  campaign,
  sendingStatus,
  onCancelled,
  size,
}: CancelContractButtonProps) {
  const { t } = useTranslation(AD_GROUP_ACTIONS_NAMESPACE);
  const mutation = useCancelContract(adAccountId);
  return (
    <ConfirmedActionButton
      offered={canCancelContract({ ...campaign, config: adGroup.config, sendingStatus })}
      mutation={mutation}
      adGroup={adGroup}
      keyPrefix="cancelContract"
      message={t('cancelContract.message', { name: adGroup.name })}
      onDone={onCancelled}
      size={size}
    />
  );
}
