import { z } from 'zod';
import { DeviceType, OnOff, Pacing, Placement, SEND_RATES } from './enums';
import { ScheduleRequest } from './schedule';
import { StringId, TargetingRequest } from './targeting';

// Request bodies of POST/PUT /adGroups and the partial endpoints: the SHAPE from the
// reference's tables (types, enums, required fields, values a table fixes). Ranges,
// multiples of 10 and cross-field consistency are rules (src/api/rules), shared with the
// sandbox. Unknown keys are dropped: a parsed body is exactly what is sent.

const Id = z.number().int();
const CampaignRef = z.object({ id: Id });

/** "Character limits: 50 characters", counted as a person sees them, like rules/name.ts. */
const Name = z.string().refine((name) => [...name].length <= 50, 'At most 50 characters');
const Categories = z.array(z.string());

/** `{type, value}` as in ad-group.ts; which types exist and their bounds are rules/autobid.ts. */
export const BidStrategyTargetRequest = z.object({ type: z.string().min(1), value: z.number().nullish() });

/** Display, Bizboard and Video groups. */
export const DisplayAdGroupCreateRequest = z.object({
  campaign: CampaignRef,
  name: Name.optional(),
  placements: z.array(Placement).min(1),
  /** Required with NETWORK (a rule). */
  adServingCategories: Categories.optional(),
  /** spec-notes #10: sent here, at the top level, never inside `targeting`. */
  sectionCategories: Categories.optional(),
  /**
   * Kakao takes an omitted flag as true (often not allowed), so the parsed body always
   * carries both and the console's payload type requires them (spec-notes #3).
   */
  allAvailableDeviceType: z.boolean().default(true),
  allAvailablePlacement: z.boolean().default(true),
  deviceTypes: z.array(DeviceType).min(1),
  targeting: TargetingRequest,
  /** "If not included in request, false is passed." */
  adult: z.boolean().default(false),
  dailyBudgetAmount: z.number().int(),
  /** OPTIMIZATION is read-only: the tables allow MANUAL or AUTOBID. */
  bidStrategy: z.enum(['MANUAL', 'AUTOBID']),
  pricingType: z.enum(['CPA', 'CPM', 'CPC', 'CPV']),
  /** 0 with AUTOBID (a rule). */
  bidAmount: z.number().int().nonnegative(),
  bidStrategyTarget: BidStrategyTargetRequest.nullish(),
  /** Which value goes with which strategy is spec-notes #8, in the rules. */
  pacing: Pacing,
  schedule: ScheduleRequest,
  /** spec-notes #12: the samples send it, the tables do not list it. Never required. */
  type: z.literal('DISPLAY').optional(),
});
export type DisplayAdGroupCreateRequest = z.infer<typeof DisplayAdGroupCreateRequest>;

export const DisplayAdGroupEditRequest = DisplayAdGroupCreateRequest.extend({ id: Id });
export type DisplayAdGroupEditRequest = z.infer<typeof DisplayAdGroupEditRequest>;

/** A Message group's contract. `price` 15/20 and the count bounds are rules (spec-notes #5, #6). */
export const MessageSendingInfoRequest = z.object({
  contractCount: z.number().int(),
  longTerm: z.boolean(),
  price: z.number().int(),
  /** true: do NOT send a push notification. */
  pushAlarm: z.boolean(),
  sendRate: z.literal(SEND_RATES),
  status: z.literal('SAVE'),
  syncStatus: z.literal('READY'),
  /** Required by the create table; the edit sample leaves it out. */
  ageVerification: z.boolean().optional(),
});
export type MessageSendingInfoRequest = z.infer<typeof MessageSendingInfoRequest>;

/** Talk Channel × Reach groups. The fixed values are the tables' "Fixed to …". */
export const MessageAdGroupCreateRequest = z.object({
  campaign: CampaignRef,
  name: Name.optional(),
  placements: z.array(z.literal('KAKAO_TALK')).min(1),
  /** spec-notes #4: false, or true with `longTerm`; the choice is a rule. */
  allAvailableDeviceType: z.boolean(),
  allAvailablePlacement: z.boolean(),
  deviceTypes: z.array(z.enum(['ANDROID', 'IOS'])).min(1),
  messageSendingInfo: MessageSendingInfoRequest,
  targeting: TargetingRequest,
  adult: z.boolean(),
  bidStrategy: z.literal('MANUAL'),
  pricingType: z.literal('CPMS'),
  /** Equals `messageSendingInfo.price` (a rule, spec-notes #6). */
  bidAmount: z.number().int(),
  pacing: z.literal('NONE'),
  schedule: ScheduleRequest,
  smartMessage: z.boolean(),
});
export type MessageAdGroupCreateRequest = z.infer<typeof MessageAdGroupCreateRequest>;

export const MessageAdGroupEditRequest = MessageAdGroupCreateRequest.extend({
  id: Id,
  adServingCategories: Categories.optional(),
  sectionCategories: Categories.optional(),
  /** spec-notes #7: listed as required, so sent; the sandbox ignores it for Message groups. */
  dailyBudgetAmount: z.number().int(),
  /** Not in the table, but the edit sample sends the channel; kept when present. */
  profileId: StringId.optional(),
});
export type MessageAdGroupEditRequest = z.infer<typeof MessageAdGroupEditRequest>;

/** Personalized message × Reach groups: only the name. */
export const PersonalizedAdGroupCreateRequest = z.object({ campaign: CampaignRef, name: Name.optional() });
export type PersonalizedAdGroupCreateRequest = z.infer<typeof PersonalizedAdGroupCreateRequest>;

/** spec-notes #16: sent with PUT, whatever the sample's curl says. */
export const PersonalizedAdGroupEditRequest = PersonalizedAdGroupCreateRequest.extend({ id: Id });
export type PersonalizedAdGroupEditRequest = z.infer<typeof PersonalizedAdGroupEditRequest>;

/** PUT /adGroups/onOff. */
export const OnOffRequest = z.object({ id: Id, config: OnOff });
export type OnOffRequest = z.infer<typeof OnOffRequest>;

/** PUT /adGroups/dailyBudgetAmount. 10,000–500,000,000 in steps of 10 is a rule. */
export const DailyBudgetRequest = z.object({ id: Id, dailyBudgetAmount: z.number().int() });
export type DailyBudgetRequest = z.infer<typeof DailyBudgetRequest>;

/** PUT /adGroups/bidAmount. */
export const BidAmountRequest = z.object({ id: Id, bidAmount: z.number().int() });
export type BidAmountRequest = z.infer<typeof BidAmountRequest>;

/**
 * PUT /adGroups/pacing. The table says NORMAL or QUICK; NONE passes the shape so the
 * rules can answer 32016 with Kakao's own message (spec-notes #8).
 */
export const PacingRequest = z.object({ id: Id, pacing: Pacing });
export type PacingRequest = z.infer<typeof PacingRequest>;
