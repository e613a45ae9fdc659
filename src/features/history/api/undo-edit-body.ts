import type { AdGroupDetail } from '../../../api/contracts/ad-group';
import { adGroupKindOf } from '../../../api/rules/campaign-kind';
import { seoulToday } from '../../../api/rules/seoul-clock';
import type { AdGroupEditBody } from '../../ad-groups/api/use-edit-ad-group';
import { campaignFacts } from '../../ad-groups/display-form/campaign-facts';
import { fromAdGroup, toEditPayload } from '../../ad-groups/display-form/payload';
import { fromMessageAdGroup, toMessageEditPayload } from '../../ad-groups/message-form/payload';
import { fromPersonalizedAdGroup, toPersonalizedEditPayload } from '../../ad-groups/personalized-form/payload';

/**
 * PUT /adGroups wants every field: the body the kind's editor would send for the group as it
 * is now, with the restored top-level fields on top (undo-plan.ts allows only scalar ones).
 */
export function undoEditBody(group: AdGroupDetail, restore: Record<string, unknown>): AdGroupEditBody {
  const kind = adGroupKindOf(String(group.campaign.campaignTypeGoal?.campaignType ?? ''));
  if (kind === 'personalized') return { ...toPersonalizedEditPayload(fromPersonalizedAdGroup(group), group), ...restore };
  if (kind === 'message') return { ...toMessageEditPayload(fromMessageAdGroup(group), group), ...restore };
  const facts = campaignFacts(group.campaign);
  const values = fromAdGroup(group, facts, { mode: 'edit', today: seoulToday(), copySuffix: '' });
  return { ...toEditPayload(values, facts, group.id), ...restore };
}
