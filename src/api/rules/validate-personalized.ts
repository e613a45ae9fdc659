import type {
  PersonalizedAdGroupCreateRequest,
  PersonalizedAdGroupEditRequest,
} from '../contracts/ad-group-requests';
import { adGroupKindOf } from './campaign-kind';
import { checkName } from './name';
import { violation, type Violation } from './violation';

export interface PersonalizedValidationContext {
  campaign: { campaignType: string; goal: string };
}

/**
 * Create and edit for Personalized message × Reach groups: the body is the campaign and
 * a name ("You can edit the name, but other information is not editable").
 */
export function validatePersonalizedAdGroup(
  body: PersonalizedAdGroupCreateRequest | PersonalizedAdGroupEditRequest,
  ctx: PersonalizedValidationContext,
): Violation[] {
  const c = ctx.campaign;
  if (adGroupKindOf(c.campaignType) !== 'personalized' || c.goal !== 'REACH') {
    return [violation('campaign', 'adGroup.readonlyCampaign', { value: `${c.campaignType}_${c.goal}` })];
  }
  return checkName(body.name);
}
