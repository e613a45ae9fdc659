import { useTranslation } from 'react-i18next';
import { adGroupKindOf, canCreateAdGroupUnder } from '../../../api/rules/campaign-kind';
import type { Campaign } from '../../../api/contracts/campaign';
import { campaignTypeGoalLabel } from '../../context/campaign-labels';
import { DisplayWizardChunk, MessageWizardChunk, PersonalizedFormChunk, type WizardTarget } from './kind-wizards';
import { ReadonlyKindPage } from './kind-pages';

interface Props {
  adAccountId: number;
  campaign: Campaign;
  target: WizardTarget;
}

/** Picks the wizard from the campaign's type (rules/campaign-kind.ts), never from the ad group body. */
export function WizardDispatch({ adAccountId, campaign, target }: Props) {
  const type = String(campaign.campaignTypeGoal?.campaignType ?? '');
  const goal = String(campaign.campaignTypeGoal?.goal ?? '');
  const { t } = useTranslation();
  const ids = { adAccountId, campaignId: campaign.id };
  const kind = adGroupKindOf(type);
  // The Open API edits what it creates (rules/capabilities.ts canEdit): Bizboard × Reach neither.
  if (kind === 'readonly' || !canCreateAdGroupUnder(type, goal)) {
    return <ReadonlyKindPage {...ids} typeGoal={campaignTypeGoalLabel(t, campaign) ?? `${type} · ${goal}`} />;
  }
  switch (kind) {
    case 'display':
      return <DisplayWizardChunk adAccountId={adAccountId} campaign={campaign} target={target} />;
    case 'message':
      return <MessageWizardChunk adAccountId={adAccountId} campaign={campaign} target={target} />;
    case 'personalized':
      return <PersonalizedFormChunk adAccountId={adAccountId} campaign={campaign} target={target} />;
  }
}
