import type { MessageAdGroupCreateRequest, MessageAdGroupEditRequest } from '../contracts/ad-group-requests';
import { adGroupKindOf } from './campaign-kind';
import {
  checkContractCount,
  checkSendRate,
  contractCountBounds,
  MESSAGE_FIXED_FIELDS,
  messagePrice,
} from './message';
import { checkName } from './name';
import { checkMessageSchedule } from './schedule';
import { checkTargeting, hasTargeting } from './targeting';
import { violation, type Violation } from './violation';

export interface MessageValidationContext {
  campaign: { campaignType: string; goal: string };
  /** 'yyyy-MM-dd' in Asia/Seoul, computed by the caller. */
  today: string;
  /** From POST /targetings/populationScore for this body's targeting. */
  populationScore: number;
  /** On edit: an unchanged past start date stays valid. */
  existing?: { beginDate?: string | null };
}

function fixed(field: string, actual: unknown, expected: string | boolean): Violation[] {
  return actual === expected ? [] : [violation(field, 'mustEqual', { expected: String(expected) })];
}

/**
 * Create and edit (POST/PUT /adGroups) for Message ad groups (Talk Channel × Reach).
 * `dailyBudgetAmount` is ignored (spec-notes #7); `allAvailableDeviceType` may be true or
 * false (spec-notes #4).
 */
export function validateMessageAdGroup(
  body: MessageAdGroupCreateRequest | MessageAdGroupEditRequest,
  ctx: MessageValidationContext,
): Violation[] {
  const c = ctx.campaign;
  if (adGroupKindOf(c.campaignType) !== 'message' || c.goal !== 'REACH') {
    return [violation('campaign', 'adGroup.readonlyCampaign', { value: `${c.campaignType}_${c.goal}` })];
  }
  const out: Violation[] = [...checkName(body.name)];
  const f = MESSAGE_FIXED_FIELDS;
  const placements = body.placements ?? [];
  if (placements.length !== 1 || placements[0] !== f.placements[0]) {
    out.push(violation('placements', 'mustEqual', { expected: f.placements[0] }));
  }
  out.push(...fixed('pricingType', body.pricingType, f.pricingType));
  out.push(...fixed('bidStrategy', body.bidStrategy, f.bidStrategy));
  out.push(...fixed('pacing', body.pacing, f.pacing));
  out.push(...fixed('allAvailablePlacement', body.allAvailablePlacement, f.allAvailablePlacement));
  out.push(...fixed('adult', body.adult, f.adult));
  // The contract narrows deviceTypes to ANDROID/IOS; at least one is a rule here too.
  if (body.deviceTypes.length === 0) out.push(violation('deviceTypes', 'device.required'));
  const sections = 'sectionCategories' in body ? body.sectionCategories : undefined;
  if ((sections ?? []).length > 0) {
    out.push(violation('sectionCategories', 'placement.sectionCategoriesNotAllowed'));
  }

  const smartMessage = body.smartMessage;
  const targetingContext = { kind: 'message' as const, ...c, adult: false, smartMessage };
  out.push(...checkTargeting(body.targeting, targetingContext));

  const info = body.messageSendingInfo;
  const price = messagePrice(body.targeting);
  if (info.price !== price) {
    out.push(violation('messageSendingInfo.price', 'message.priceMismatch', { expected: price }));
  }
  if (body.bidAmount !== info.price) {
    out.push(violation('bidAmount', 'message.bidAmountMismatch', { expected: info.price }));
  }
  const bounds = contractCountBounds({
    hasTargeting: hasTargeting(body.targeting),
    smartMessage,
    populationScore: ctx.populationScore,
  });
  out.push(...checkContractCount(info.contractCount, bounds));
  out.push(...checkSendRate(info.sendRate));
  out.push(...fixed('messageSendingInfo.status', info.status, f.messageSendingInfo.status));
  out.push(...fixed('messageSendingInfo.syncStatus', info.syncStatus, f.messageSendingInfo.syncStatus));

  out.push(...checkMessageSchedule(body.schedule, info.longTerm, ctx.today, ctx.existing?.beginDate));
  return out;
}
