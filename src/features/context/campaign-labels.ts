import type { TFunction } from 'i18next';
import { CAMPAIGN_TYPES, GOALS } from '../../api/contracts/enums';
import type { Campaign } from '../../api/contracts/campaign';

const knownType = (v: string): v is (typeof CAMPAIGN_TYPES)[number] => (CAMPAIGN_TYPES as readonly string[]).includes(v);
const knownGoal = (v: string): v is (typeof GOALS)[number] => (GOALS as readonly string[]).includes(v);

/** "Display · Conversion"; a type or goal Kakao adds later is shown as its raw value. */
export function campaignTypeGoalLabel(t: TFunction, campaign: Pick<Campaign, 'campaignTypeGoal'>): string | null {
  const typeGoal = campaign.campaignTypeGoal;
  if (!typeGoal) return null;
  const type = knownType(typeGoal.campaignType) ? t(`campaignType.${typeGoal.campaignType}`) : typeGoal.campaignType;
  const goal = knownGoal(typeGoal.goal) ? t(`goal.${typeGoal.goal}`) : typeGoal.goal;
  return t('picker.campaign.typeGoal', { type, goal });
}
