import type { DisplayAdGroupCreateRequest, DisplayAdGroupEditRequest } from '../contracts/ad-group-requests';
import { DAY_KEYS } from '../contracts/schedule';
import { bidStrategiesFor, checkAutobid } from './autobid';
import { checkManualBid, pricingTypesFor } from './bid';
import { checkDailyBudget } from './budget';
import { adGroupKindOf, canCreateAdGroupUnder } from './campaign-kind';
import { checkName } from './name';
import { checkPacing } from './pacing';
import { checkPlacementsAndDevices } from './placement-device';
import { checkDayHours, checkDisplayDates } from './schedule';
import { checkTargeting } from './targeting';
import { violation, type Violation } from './violation';

export interface DisplayValidationContext {
  campaign: {
    campaignType: string;
    goal: string;
    dailyBudgetAmount?: number | null;
    objectiveDetailType?: string | null;
  };
  /** 'yyyy-MM-dd' in Asia/Seoul, computed by the caller. */
  today: string;
  /** On edit: facts of the stored group. An unchanged past start date stays valid. */
  existing?: { adult: boolean; beginDate?: string | null };
}

/** Create and edit (POST/PUT /adGroups) for Display, Bizboard and Video ad groups. */
export function validateDisplayAdGroup(
  body: DisplayAdGroupCreateRequest | DisplayAdGroupEditRequest,
  ctx: DisplayValidationContext,
): Violation[] {
  const c = ctx.campaign;
  if (adGroupKindOf(c.campaignType) !== 'display' || !canCreateAdGroupUnder(c.campaignType, c.goal)) {
    return [violation('campaign', 'adGroup.readonlyCampaign', { value: `${c.campaignType}_${c.goal}` })];
  }
  const out: Violation[] = [...checkName(body.name)];

  // spec-notes #9 and #10 (spellings, sectionCategories' place) are the contract's: the
  // parsed body has the table spellings and sectionCategories at the top level.
  out.push(...checkPlacementsAndDevices(c, body));

  out.push(
    ...checkTargeting(body.targeting, {
      kind: 'display',
      campaignType: c.campaignType,
      goal: c.goal,
      adult: body.adult,
      existingAdult: ctx.existing?.adult,
    }),
  );

  out.push(...checkDailyBudget(body.dailyBudgetAmount, c.dailyBudgetAmount));
  const strategy = body.bidStrategy;
  if (!bidStrategiesFor(c.campaignType).some((s) => s === strategy)) {
    out.push(violation('bidStrategy', 'bidStrategy.notAllowed', { value: strategy }));
  } else if (strategy === 'MANUAL') {
    out.push(...checkManualBid(body.bidAmount, c.campaignType, body.pricingType, body.dailyBudgetAmount));
  } else {
    if (!pricingTypesFor(c.campaignType).includes(body.pricingType)) {
      out.push(violation('pricingType', 'pricingType.notAllowed', { value: body.pricingType }));
    }
    out.push(
      ...checkAutobid({
        campaignType: c.campaignType,
        bidAmount: body.bidAmount,
        bidStrategyTarget: body.bidStrategyTarget,
        dailyBudget: body.dailyBudgetAmount,
      }),
    );
  }
  out.push(...checkPacing(body.pacing, c.campaignType, c.goal, strategy));

  const s = body.schedule;
  out.push(...checkDisplayDates(s, ctx.today, ctx.existing?.beginDate));
  // detailTime is not refused when it disagrees with the hours (the reference's own
  // samples send hours off with detailTime false): the hour arrays are the truth, the
  // console sends detailTimeFor(hours), and the sandbox stores that (spec-notes #13).
  out.push(...checkDayHours(DAY_KEYS.map((key) => ({ key, hours: s[key] }))));
  return out;
}
