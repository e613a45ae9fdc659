/**
 * A broken rule, as data. The forms show it next to `field`; the sandbox turns it into
 * Kakao's error envelope (with `detailCode` where Kakao documents one). Messages live
 * in the i18n files and the sandbox, keyed by `rule`, so both can be exhaustive
 * `Record<RuleId, …>`.
 */
export const RULE_IDS = [
  // Generic shape problems the zod contracts cannot express on their own.
  'required',
  'notInteger',
  'notAllowed', // a value the rules forbid here (params.value)
  'mustEqual', // a fixed field (params.expected)
  // Ad group as a whole.
  'adGroup.readonlyCampaign',
  'adGroup.notSupported',
  'adGroup.cannotDelete',
  'adGroup.deleted',
  'adGroup.contractCancelled',
  'name.tooLong',
  // Budget and bidding.
  'budget.min',
  'budget.max',
  'budget.step',
  'budget.aboveCampaign',
  'budget.belowTwiceBid', // the manual bid must stay within half the budget (params.min, params.bid)
  'pricingType.notAllowed',
  'bidStrategy.notAllowed',
  'bid.min',
  'bid.max',
  'bid.aboveHalfBudget', // params.max is half of params.budget
  'autobid.bidAmountNotZero',
  'autobid.targetTypeNotAllowed',
  'autobid.targetRequired',
  'autobid.targetNotAllowed',
  'autobid.targetMin',
  'autobid.targetMax',
  'pacing.notAllowed',
  // Placements and devices.
  'placement.required',
  'placement.adServingCategoriesRequired',
  'placement.sectionCategoriesNotAllowed',
  'placement.allAvailableNotAllowed',
  'device.required',
  'device.pcNotAllowed',
  'device.allAvailableNotAllowed',
  'device.allAvailableNeedsAll',
  // Targeting.
  'targeting.agesRequired',
  'targeting.agesNotAllowed',
  'targeting.gendersRequired',
  'targeting.gendersNotAllowed',
  'targeting.locationsRequired',
  'targeting.locationsNotAllowed',
  'targeting.adultAgeType',
  'targeting.adultAges',
  'targeting.adultCannotTurnOff',
  'targeting.audienceIdRequired',
  'targeting.audienceExclusive',
  'targeting.audienceTypeNotAllowed',
  'targeting.overseasNotAllowed',
  'targeting.tooManyRegions',
  'targeting.regionAtTwoDepths',
  'targeting.talkChannelGroupNotAllowed',
  'targeting.smartMessageNoCustomAudience',
  'targeting.trackerTerm',
  'targeting.inclusionType',
  // Schedule.
  'schedule.invalidDate',
  'schedule.invalidTime',
  'schedule.beginInPast',
  'schedule.beginTooLate',
  'schedule.endNotAfterBegin',
  'schedule.periodTooLong',
  'schedule.dayHours',
  'schedule.noHours',
  'schedule.longTermEndRequired',
  // Message ad groups.
  'message.priceMismatch',
  'message.bidAmountMismatch',
  'message.contractCountMin',
  'message.contractCountMax',
  'message.populationTooSmall',
  'message.sendRate',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

/** A message per rule, plus the context variants some rules pick with `params.context` (autobid: ROAS in %). */
export type RuleMessages = Record<RuleId, string> & Partial<Record<`${RuleId}_percent`, string>>;

export interface Violation {
  /** Dotted path into the request body, e.g. 'targeting.ages' or 'messageSendingInfo.contractCount'. */
  field: string;
  rule: RuleId;
  params?: Record<string, string | number>;
  /** Only where Kakao documents a detail code for this refusal. */
  detailCode?: number;
}

/** The detail codes Kakao documents for these refusals (related-endpoints.md, Errors). */
export const DETAIL_CODES = {
  dailyBudgetBelowMin: 32021,
  pacingNotAllowed: 32016,
  notSupported: 32013,
  cannotDelete: 75007,
  tooManyRegions: 22086,
  regionAtTwoDepths: 22087,
} as const;

export function violation(
  field: string,
  rule: RuleId,
  params?: Record<string, string | number>,
  detailCode?: number,
): Violation {
  const v: Violation = { field, rule };
  if (params) v.params = params;
  if (detailCode !== undefined) v.detailCode = detailCode;
  return v;
}

/** Prefix every violation's field, so a nested check can report full paths. */
export function under(prefix: string, violations: Violation[]): Violation[] {
  return violations.map((v) => ({ ...v, field: v.field ? `${prefix}.${v.field}` : prefix }));
}
