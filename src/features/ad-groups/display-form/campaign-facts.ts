import type { Campaign } from '../../../api/contracts/campaign';

/** What the Display rules need to know about the campaign (rules/validate-display.ts). */
export interface DisplayCampaignFacts {
  id: number;
  campaignType: string;
  goal: string;
  dailyBudgetAmount?: number | null;
  objectiveDetailType?: string | null;
}

export function campaignFacts(campaign: Campaign): DisplayCampaignFacts {
  return {
    id: campaign.id,
    campaignType: campaign.campaignTypeGoal?.campaignType ?? '',
    goal: campaign.campaignTypeGoal?.goal ?? '',
    dailyBudgetAmount: campaign.dailyBudgetAmount,
    objectiveDetailType: campaign.objective?.detailType,
  };
}
