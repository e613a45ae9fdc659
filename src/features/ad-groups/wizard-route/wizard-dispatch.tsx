import { adGroupKindOf, canCreateAdGroupUnder } from '../../../api/rules/campaign-kind';
import type { Campaign } from '../../../api/contracts/campaign';
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
  const ids = { adAccountId, campaignId: campaign.id };
  const kind = adGroupKindOf(type);
  // Creating needs a type × goal the Open API accepts; editing an existing group does not ask again.
  if (kind === 'readonly' || (target.kind !== 'edit' && !canCreateAdGroupUnder(type, goal))) {
    return <ReadonlyKindPage {...ids} typeGoal={`${type} · ${goal}`} />;
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
