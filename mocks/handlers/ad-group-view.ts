import { adGroupKindOf, type AdGroupKind } from '../../src/api/rules/campaign-kind';
import type { ExistingAdGroupFacts } from '../../src/api/rules/validate-partial';
import { deriveStatus } from '../ad-group-status';
import { seoulClock, seoulToday } from '../../src/api/rules/seoul-clock';
import { db, type StoredAdGroup } from '../db';

export function kindOf(g: StoredAdGroup): AdGroupKind {
  return adGroupKindOf(String(g.campaign.campaignTypeGoal?.campaignType ?? ''));
}

/**
 * An ad group as the API answers it: the campaign as it is now (its budget or config may
 * have changed since), and the status derived for today. Personalized groups carry only
 * `status`, as in the reference's sample.
 */
export function present(g: StoredAdGroup, accountId: number): StoredAdGroup {
  const campaign = db.campaign(accountId, g.campaign.id) ?? g.campaign;
  const withCampaign = { ...g, campaign };
  const derived = deriveStatus(withCampaign, seoulToday());
  if (kindOf(g) === 'personalized') return { ...withCampaign, status: derived.status };
  return { ...withCampaign, ...derived };
}

/** What the partial-edit rules need to know about a stored group. */
export function factsOf(g: StoredAdGroup, accountId: number): ExistingAdGroupFacts {
  const campaign = db.campaign(accountId, g.campaign.id) ?? g.campaign;
  return {
    campaignType: String(campaign.campaignTypeGoal?.campaignType ?? ''),
    goal: String(campaign.campaignTypeGoal?.goal ?? ''),
    config: String(g.config ?? ''),
    bidStrategy: String(g.bidStrategy ?? ''),
    pricingType: String(g.pricingType ?? ''),
    dailyBudgetAmount: g.dailyBudgetAmount,
    bidAmount: g.bidAmount,
    campaignDailyBudget: campaign.dailyBudgetAmount,
    sendingStatus: g.messageSendingInfo?.status ?? null,
  };
}

/** Now, in Kakao's yyyy-MM-dd'T'HH:mm:ss (Asia/Seoul). */
export function nowStamp(): string {
  return seoulClock().dateTime;
}

/** Stores the change and stamps lastModifiedDate. */
export function saveChange(g: StoredAdGroup): void {
  db.updateAdGroup({ ...g, lastModifiedDate: nowStamp() });
}
