import type { AdGroupDetail } from '../../../api/contracts/ad-group';
import type { Campaign } from '../../../api/contracts/campaign';
import type { ExistingAdGroupFacts } from '../../../api/rules/validate-partial';

/** The campaign's type and goal decide what may be done to its groups (rules/capabilities.ts). */
export interface CampaignFacts {
  campaignType: string;
  goal: string;
  dailyBudgetAmount?: number | null;
}

export function campaignFactsOf(campaign: Pick<Campaign, 'campaignTypeGoal' | 'dailyBudgetAmount'>): CampaignFacts {
  return {
    campaignType: String(campaign.campaignTypeGoal?.campaignType ?? ''),
    goal: String(campaign.campaignTypeGoal?.goal ?? ''),
    dailyBudgetAmount: campaign.dailyBudgetAmount,
  };
}

/** What the partial-edit rules need, read from a group's detail (its campaign is nested in it). */
export function existingFactsOf(detail: AdGroupDetail): ExistingAdGroupFacts {
  const campaign = campaignFactsOf(detail.campaign);
  return {
    campaignType: campaign.campaignType,
    goal: campaign.goal,
    config: String(detail.config),
    bidStrategy: String(detail.bidStrategy ?? ''),
    pricingType: String(detail.pricingType ?? ''),
    dailyBudgetAmount: detail.dailyBudgetAmount,
    bidAmount: detail.bidAmount,
    campaignDailyBudget: campaign.dailyBudgetAmount,
    sendingStatus: sendingStatusOf(detail),
  };
}

/**
 * A Message group's sending status for the capability rules: undefined while the detail
 * is not loaded (not known yet), null when the detail has none.
 */
export function sendingStatusOf(detail: Pick<AdGroupDetail, 'messageSendingInfo'> | null | undefined): string | null | undefined {
  if (!detail) return undefined;
  const status = detail.messageSendingInfo?.status;
  return status === undefined || status === null ? null : String(status);
}

/**
 * What the person typed, as won: digits with optional thousands separators, spaces or
 * a ₩ sign. Anything else is NaN, which the rules report as required.
 */
export function parseAmount(text: string): number {
  const cleaned = text.replace(/[\s,₩원]/g, '');
  return /^\d{1,15}$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}
