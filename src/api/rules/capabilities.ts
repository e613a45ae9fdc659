import { adGroupKindOf, canCreateAdGroupUnder } from './campaign-kind';
import { allowedPacings } from './pacing';

export interface AdGroupFacts {
  campaignType: string;
  goal: string;
  /** The ad group's config: ON, OFF or DEL. */
  config: string;
  /**
   * Message groups: `messageSendingInfo.status`, from the group's detail. Undefined when
   * the detail is not known yet; a Message group then offers no switch or edit, since its
   * contract may have been cancelled.
   */
  sendingStatus?: string | null;
}

/** Message groups whose contract was cancelled (PUT /adGroups/cancel/{id}). ASSUMPTION: the wire name. */
export const CONTRACT_CANCELLED = 'CANCELED';

/**
 * Why a group refuses a switch or an edit it would otherwise take, for the console to
 * say where the control would be: its contract is cancelled (which cannot be undone),
 * or, for a Message group, its detail has not arrived to tell.
 */
export type LockReason = 'contractCancelled' | 'sendingUnknown';

export function lockReason(g: AdGroupFacts): LockReason | null {
  if (adGroupKindOf(g.campaignType) !== 'message') return null;
  if (g.sendingStatus === undefined) return 'sendingUnknown';
  return g.sendingStatus === CONTRACT_CANCELLED ? 'contractCancelled' : null;
}

const DISPLAY_FAMILY = ['DISPLAY', 'VIDEO', 'TALK_BIZ_BOARD'];

/**
 * ASSUMPTION: the wire names of the "Daum Shopping" and "Kakao TV" campaign types are not
 * in the reference; these are inferred. They are shown read-only anyway.
 */
export const UNDELETABLE_CAMPAIGN_TYPES = ['DAUM_SHOPPING', 'KAKAO_TV'] as const;

/**
 * Display, Video, Bizboard (not Reach) or Talk Channel; only from ON or OFF ("Change ad
 * group status"). A cancelled Message contract is neither: it ended for good.
 */
export function canSwitchOnOff(g: AdGroupFacts): boolean {
  if (g.config !== 'ON' && g.config !== 'OFF') return false;
  if (lockReason(g) !== null) return false;
  if (g.campaignType === 'TALK_CHANNEL') return true;
  return DISPLAY_FAMILY.includes(g.campaignType) && g.goal !== 'REACH';
}

/**
 * spec-notes #14: Bizboard × Reach, Daum Shopping, Kakao TV and Talk Channel × Reach
 * cannot be deleted (Message groups end by cancelling their contract); nor can a
 * group that is already deleted.
 */
export function canDelete(g: AdGroupFacts): boolean {
  if (g.config === 'DEL') return false;
  if (UNDELETABLE_CAMPAIGN_TYPES.some((t) => t === g.campaignType)) return false;
  if (g.goal === 'REACH' && (g.campaignType === 'TALK_BIZ_BOARD' || g.campaignType === 'TALK_CHANNEL')) return false;
  return true;
}

export interface EditableParts {
  dailyBudget: boolean;
  bidAmount: boolean;
  pacing: boolean;
}

/**
 * The partial edits: Display, Video or Bizboard, not Reach, not deleted. The bid and
 * pacing only with MANUAL bidding; pacing only where there is a choice (spec-notes #8:
 * Bizboard × Conversion has only NONE).
 */
export function canEditBudgetBidPacing(g: AdGroupFacts & { bidStrategy: string }): EditableParts {
  const base = DISPLAY_FAMILY.includes(g.campaignType) && g.goal !== 'REACH' && g.config !== 'DEL';
  const manual = base && g.bidStrategy === 'MANUAL';
  return {
    dailyBudget: base,
    bidAmount: manual,
    pacing: manual && allowedPacings(g.campaignType, g.goal, g.bidStrategy).length > 1,
  };
}

/** "Cancel contract" exists for Message ad groups (Talk Channel × Reach) only, once. */
export function canCancelContract(g: AdGroupFacts): boolean {
  return g.campaignType === 'TALK_CHANNEL' && g.config !== 'DEL' && lockReason(g) === null;
}

/**
 * The full edit (the wizard): only the type × goals the Open API creates, which are the
 * ones it edits; Bizboard × Reach, Daum Shopping and Kakao TV are bought and changed in
 * Kakao Moment itself. Never on a deleted group, nor on a Message group whose contract is
 * cancelled (or not yet known to be live).
 */
export function canEdit(g: AdGroupFacts): boolean {
  return g.config !== 'DEL' && canCreateAdGroupUnder(g.campaignType, g.goal) && lockReason(g) === null;
}
