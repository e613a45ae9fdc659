import type { TFunction } from 'i18next';
import type { Campaign } from '../../api/contracts/campaign';

/**
 * "Display · Conversion", from the common catalog (which also names the types shown
 * read-only); only a type or goal Kakao adds later is shown as its raw value.
 */
export function campaignTypeGoalLabel(t: TFunction, campaign: Pick<Campaign, 'campaignTypeGoal'>): string | null {
  const typeGoal = campaign.campaignTypeGoal;
  if (!typeGoal) return null;
  const type = t(`campaignType.${typeGoal.campaignType}`, { defaultValue: typeGoal.campaignType });
  const goal = t(`goal.${typeGoal.goal}`, { defaultValue: typeGoal.goal });
  return t('picker.campaign.typeGoal', { type, goal });
}
