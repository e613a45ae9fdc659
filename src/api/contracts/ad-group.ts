import { z } from 'zod';
import { Campaign } from './campaign';
import {
  BID_STRATEGIES,
  CONFIGS,
  DEVICE_TYPES,
  MESSAGE_SENDING_STATUSES,
  MESSAGE_SYNC_STATUSES,
  PACINGS,
  PLACEMENTS,
  PRICING_TYPES,
  SYSTEM_CONFIGS,
} from './enums';
import { lenientEnum } from './lenient';
import { Schedule } from './schedule';
import { StringId, Targeting } from './targeting';

// GET /adGroups/{id} and the create/edit responses, read leniently (architecture.md,
// convention 2): unknown keys pass, enums stay open, and only what every page of that
// kind needs is required. Which kind a body is comes from
// `campaign.campaignTypeGoal.campaignType` (src/api/rules/campaign-kind.ts), never from
// the body, so `AdGroupDetail` reads all of them.

const bool = z.boolean().nullish();
const num = z.number().nullish();
const text = z.string().nullish();
const strings = z.array(z.string()).nullish();

/** Automatic bidding target, e.g. `{type: "TARGET_CPC", value: 250}`; the "maximize" types have no value. */
export const BidStrategyTarget = z.looseObject({ type: z.string(), value: num });
export type BidStrategyTarget = z.infer<typeof BidStrategyTarget>;

/** A Message group's sending contract and progress. */
export const MessageSendingInfo = z.looseObject({
  contractCount: num,
  longTerm: bool,
  price: num,
  pushAlarm: bool,
  sendRate: num,
  status: lenientEnum(MESSAGE_SENDING_STATUSES).nullish(),
  syncStatus: lenientEnum(MESSAGE_SYNC_STATUSES).nullish(),
  ageVerification: bool,
  startedAt: text,
  finishedAt: text,
});
export type MessageSendingInfo = z.infer<typeof MessageSendingInfo>;

/** Fields every ad group body has (the Personalized message body has little more). */
const baseShape = {
  id: z.number(),
  name: z.string(),
  /** Required, as in the list (ad-group-list.ts): every status the pages show starts here. */
  config: lenientEnum(CONFIGS),
  systemConfig: lenientEnum(SYSTEM_CONFIGS),
  status: strings,
  statusDescription: text,
  pricingType: lenientEnum(PRICING_TYPES).nullish(),
  placements: z.array(lenientEnum(PLACEMENTS)).nullish(),
  deviceTypes: z.array(lenientEnum(DEVICE_TYPES)).nullish(),
  /** The Talk Channel of Message and Personalized groups (spec-notes #11: a string). */
  profileId: StringId.nullish(),
  campaign: Campaign,
  creativeCount: num,
  adult: bool,
  adminStop: bool,
  createdDate: text,
  lastModifiedDate: text,
};

/** Delivery fields shared by Display-family and Message groups. */
const deliveryShape = {
  bidAmount: num,
  bidStrategy: lenientEnum(BID_STRATEGIES).nullish(),
  bidStrategyTarget: BidStrategyTarget.nullish(),
  targeting: Targeting.nullish(),
  schedule: Schedule.nullish(),
  useWifiOnly: bool,
  allAvailableDeviceType: bool,
  allAvailablePlacement: bool,
  isDailyBudgetAmountOver: bool,
  isValidPeriod: bool,
  dynamicTarget: bool,
  creativeOptimization: bool,
  smartMessage: bool,
};

const displayShape = {
  pacing: lenientEnum(PACINGS).nullish(),
  optimizationStatus: strings,
  adServingCategories: strings,
  sectionCategories: strings,
  dailyBudgetAmount: num,
};

const messageShape = {
  totalBudget: num,
  totalBudgetWithVAT: num,
  messageSendingInfo: MessageSendingInfo.nullish(),
};

/**
 * spec-notes #10: the create sample puts `sectionCategories` inside `targeting`; the
 * tables put it at the top level. Lift it there, so the app reads it in one place.
 */
function liftSectionCategories<T extends { sectionCategories?: string[] | null; targeting?: Targeting | null }>(
  group: T,
): T {
  const inner = group.targeting?.sectionCategories;
  if (!group.targeting || inner === undefined) return group;
  const targeting = { ...group.targeting };
  delete targeting.sectionCategories;
  const top = group.sectionCategories;
  return { ...group, targeting, sectionCategories: top && top.length > 0 ? top : (inner ?? top) };
}

/** Display, Bizboard and Video groups (the "Display ad group" body). */
export const DisplayAdGroup = z
  .looseObject({ ...baseShape, ...deliveryShape, ...displayShape, targeting: Targeting, schedule: Schedule })
  .transform(liftSectionCategories);
export type DisplayAdGroup = z.infer<typeof DisplayAdGroup>;

/** Talk Channel × Reach groups. */
export const MessageAdGroup = z
  .looseObject({
    ...baseShape,
    ...deliveryShape,
    ...messageShape,
    sectionCategories: strings,
    targeting: Targeting,
    schedule: Schedule,
    messageSendingInfo: MessageSendingInfo,
  })
  .transform(liftSectionCategories);
export type MessageAdGroup = z.infer<typeof MessageAdGroup>;

/** Personalized message × Reach groups: only the name is editable. */
export const PersonalizedAdGroup = z.looseObject(baseShape);
export type PersonalizedAdGroup = z.infer<typeof PersonalizedAdGroup>;

/**
 * Any ad group, including the read-only types (Daum Shopping, Kakao TV…): every
 * type-specific field optional. Narrow by the campaign type, then read the fields.
 */
export const AdGroupDetail = z
  .looseObject({ ...baseShape, ...deliveryShape, ...displayShape, ...messageShape })
  .transform(liftSectionCategories);
export type AdGroupDetail = z.infer<typeof AdGroupDetail>;
