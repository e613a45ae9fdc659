import { z } from 'zod';
import type { AdGroupDetail } from '../../../api/contracts/ad-group';
import type {
  PersonalizedAdGroupCreateRequest,
  PersonalizedAdGroupEditRequest,
} from '../../../api/contracts/ad-group-requests';
import { defaultAdGroupName } from '../../../api/rules/name';

/** The form is the name: the campaign comes from the route, everything else is Kakao's. */
export const personalizedFormShape = z.object({ name: z.string() });
export type PersonalizedFormValues = z.infer<typeof personalizedFormShape>;

export function parsePersonalizedDraft(raw: unknown): PersonalizedFormValues | null {
  const parsed = personalizedFormShape.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** Kakao's style, in Korean whatever the UI language: "개인화 메시지_도달_202306150913". */
export function defaultPersonalizedName(now: Date): string {
  return defaultAdGroupName('개인화 메시지', '도달', now);
}

/** POST /adGroups: `{campaign: {id}, name}`, as the create sample. */
export function toPersonalizedPayload(v: PersonalizedFormValues, campaignId: number): PersonalizedAdGroupCreateRequest {
  return { campaign: { id: campaignId }, name: v.name.trim() };
}

/** PUT /adGroups: id, campaign and name only (spec-notes #16: PUT, whatever the sample's curl says). */
export function toPersonalizedEditPayload(v: PersonalizedFormValues, loaded: AdGroupDetail): PersonalizedAdGroupEditRequest {
  return { id: loaded.id, campaign: { id: loaded.campaign.id }, name: v.name.trim() };
}

export function fromPersonalizedAdGroup(group: Pick<AdGroupDetail, 'name'>): PersonalizedFormValues {
  return { name: group.name };
}
