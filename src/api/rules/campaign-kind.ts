/** Which ad group form and rule set a campaign type takes. */
export type AdGroupKind = 'display' | 'message' | 'personalized' | 'readonly';

/**
 * DISPLAY, TALK_BIZ_BOARD and VIDEO share the Display ad group body; TALK_CHANNEL has
 * Message ad groups; PERSONAL_MESSAGE its own tiny body. Anything else (Daum Shopping,
 * Kakao TV, types Kakao adds later) is shown read-only.
 */
export function adGroupKindOf(campaignType: string): AdGroupKind {
  switch (campaignType) {
    case 'DISPLAY':
    case 'TALK_BIZ_BOARD':
    case 'VIDEO':
      return 'display';
    case 'TALK_CHANNEL':
      return 'message';
    case 'PERSONAL_MESSAGE':
      return 'personalized';
    default:
      return 'readonly';
  }
}

/** Type × goal pairs the Open API can create (related-endpoints.md, "Creatable by API"). */
export const CREATABLE_TYPE_GOALS: ReadonlyArray<{ campaignType: string; goal: string }> = [
  { campaignType: 'TALK_BIZ_BOARD', goal: 'CONVERSION' },
  { campaignType: 'TALK_BIZ_BOARD', goal: 'VISITING' },
  { campaignType: 'DISPLAY', goal: 'CONVERSION' },
  { campaignType: 'DISPLAY', goal: 'VISITING' },
  { campaignType: 'VIDEO', goal: 'VIEW' },
  { campaignType: 'TALK_CHANNEL', goal: 'REACH' },
  { campaignType: 'PERSONAL_MESSAGE', goal: 'REACH' },
];

export function canCreateAdGroupUnder(campaignType: string, goal: string): boolean {
  return CREATABLE_TYPE_GOALS.some((p) => p.campaignType === campaignType && p.goal === goal);
}
