import { z } from 'zod';
import { lenientEnum } from './lenient';

// Look-ups the ad group forms need (related-endpoints.md). Every shape is parsed
// leniently: unknown keys pass, fields the forms can live without are optional.

/** spec-notes #11: ids the tables call String arrive as numbers in the samples; accept both. */
const StringOrNumberId = z.union([z.string(), z.number()]);

// ── Locations ────────────────────────────────────────────────────────────────

/** GET /targetings/location/depth1 (doc). Values A–Q, U (unknown), Z (overseas). */
export const Depth1Location = z.looseObject({
  value: z.string(),
  description: z.string(),
  depth1Name: z.string().optional(),
});
export type Depth1Location = z.infer<typeof Depth1Location>;
export const Depth1LocationList = z.array(Depth1Location);

/** GET /targetings/location/depth2?keyword= (doc). `value` is the depth-1 letter plus 4 digits. */
export const Depth2LocationOption = z.looseObject({
  value: z.string(),
  description: z.string(),
  depth1Name: z.string().optional(),
  depth2Name: z.string().optional(),
});
export type Depth2LocationOption = z.infer<typeof Depth2LocationOption>;
export const Depth2LocationOptionList = z.array(Depth2LocationOption);

/**
 * ASSUMPTION (inf): GET /targetings/location/depth3?keyword= answers like depth 2 plus
 * `depth3Name` and `deprecated`, as the ad group sample's depth3Locations read back.
 */
export const Depth3LocationOption = z.looseObject({
  value: z.string(),
  description: z.string(),
  depth1Name: z.string().optional(),
  depth2Name: z.string().optional(),
  depth3Name: z.string().optional(),
  deprecated: z.boolean().optional(),
});
export type Depth3LocationOption = z.infer<typeof Depth3LocationOption>;
export const Depth3LocationOptionList = z.array(Depth3LocationOption);

// ── Placement categories ─────────────────────────────────────────────────────

/** ASSUMPTION (path 3p, shape inf): `[{code, name}]` for both placement look-ups. */
const CodeName = z.looseObject({ code: z.string(), name: z.string() });

export const AdServingCategory = CodeName;
export type AdServingCategory = z.infer<typeof AdServingCategory>;
export const AdServingCategoryList = z.array(AdServingCategory);

/** Bizboard chat-tab sections, e.g. `KKO99-1`. Same ASSUMPTION as AdServingCategory. */
export const SectionCategory = CodeName;
export type SectionCategory = z.infer<typeof SectionCategory>;
export const SectionCategoryList = z.array(SectionCategory);

// ── Interests and industries ─────────────────────────────────────────────────

export const CATEGORY_TYPES = ['INTEREST', 'BUSINESS_TYPE'] as const;
export type CategoryType = (typeof CATEGORY_TYPES)[number];

/**
 * ASSUMPTION (inf beyond `id`): nodes are `{id, name, children?, deprecated?}`. Ids have
 * 3, 5 or 7 characters, the parent's id plus 2 per level (doc). `deprecated` mirrors the
 * ad group's `ufoDeprecatedInterests`, so the picker can mark such categories.
 */
export const CategoryNode = z.looseObject({
  id: z.string(),
  name: z.string(),
  deprecated: z.boolean().optional(),
  get children(): z.ZodOptional<z.ZodArray<typeof CategoryNode>> {
    return z.array(CategoryNode).optional();
  },
});
export type CategoryNode = z.infer<typeof CategoryNode>;

/** GET /targetings/data/categories?type=INTEREST|BUSINESS_TYPE (doc). */
export const CategoryTree = z.looseObject({
  type: lenientEnum(CATEGORY_TYPES),
  data: z.array(CategoryNode),
});
export type CategoryTree = z.infer<typeof CategoryTree>;

// ── My data: customer files, Pixel & SDK, engagement targets, audiences ──────

export const CUSTOMER_FILE_STATUSES = ['WAITING', 'COMPLETE', 'DELETE', 'ERROR', 'MODIFYING'] as const;
export type CustomerFileStatus = (typeof CUSTOMER_FILE_STATUSES)[number];

/** GET /customerFiles (doc). Only `ready` + COMPLETE files can be targeted. */
export const CustomerFile = z.looseObject({
  id: z.number(),
  name: z.string(),
  customerFileStatus: lenientEnum(CUSTOMER_FILE_STATUSES),
  populationScore: z.number().nullish(),
  ready: z.boolean().optional(),
  createdDate: z.string().nullish(),
});
export type CustomerFile = z.infer<typeof CustomerFile>;
export const CustomerFileList = z.array(CustomerFile);

/** A file the targeting editor may offer. */
export function isTargetableCustomerFile(file: CustomerFile): boolean {
  return file.ready === true && file.customerFileStatus === 'COMPLETE';
}

/**
 * ASSUMPTION (inf): the doc lists only the tracker's own fields, but TrackerTargeting
 * needs eventCode, trackRuleId and trackRuleName, so each tracker carries the events
 * it can target as `events[]`. `eventCode: '*'` means all events (doc).
 */
export const TrackerEvent = z.looseObject({
  eventCode: z.string(),
  trackRuleId: z.string(),
  trackRuleName: z.string(),
});
export type TrackerEvent = z.infer<typeof TrackerEvent>;

/**
 * GET /trackers/rights (doc: the field names). ASSUMPTION: the values of `eventStatus`
 * and `role` are not documented; these are the ones the sandbox sends.
 */
export const TRACKER_EVENT_STATUSES = ['ACTIVE', 'INACTIVE'] as const;
export const TRACKER_ROLES = ['MASTER', 'MEMBER'] as const;
export const Tracker = z.looseObject({
  trackId: z.string(),
  trackName: z.string(),
  population: z.number().nullish(),
  eventStatus: lenientEnum(TRACKER_EVENT_STATUSES).nullish(),
  role: lenientEnum(TRACKER_ROLES).nullish(),
  events: z.array(TrackerEvent).optional(),
});
export type Tracker = z.infer<typeof Tracker>;
export const TrackerList = z.array(Tracker);

export const COHORT_TYPES = ['DISPLAY', 'MESSAGE'] as const;

/** ASSUMPTION (path 3p, shape inf): GET /targetings/cohort/list. */
export const Cohort = z.looseObject({
  cohortId: StringOrNumberId,
  name: z.string(),
  type: lenientEnum(COHORT_TYPES),
  population: z.number().nullish(),
});
export type Cohort = z.infer<typeof Cohort>;
export const CohortList = z.array(Cohort);

/**
 * GET /targetings/audiences (doc). ASSUMPTION: `audienceStatus` values are undocumented;
 * the sandbox sends these, and `type` matches targeting.type (DISPLAY or MESSAGE).
 */
export const AUDIENCE_STATUSES = ['COMPLETE', 'WAITING', 'ERROR'] as const;
export const Audience = z.looseObject({
  id: z.number(),
  name: z.string(),
  audienceStatus: lenientEnum(AUDIENCE_STATUSES).nullish(),
  type: lenientEnum(COHORT_TYPES).nullish(),
});
export type Audience = z.infer<typeof Audience>;

export const AudiencePage = z.looseObject({
  content: z.array(Audience),
  size: z.number().optional(),
  totalElements: z.number().optional(),
  totalPages: z.number().optional(),
  page: z.number().optional(),
});
export type AudiencePage = z.infer<typeof AudiencePage>;

// ── Kakao Talk Channels ──────────────────────────────────────────────────────

/** ASSUMPTION (path doc, shape inf): GET /adAccounts/channel/profiles. */
export const TalkChannelProfile = z.looseObject({
  profileId: StringOrNumberId,
  name: z.string(),
  friendCount: z.number().nullish(),
});
export type TalkChannelProfile = z.infer<typeof TalkChannelProfile>;
export const TalkChannelProfileList = z.array(TalkChannelProfile);

/** Smart message needs a channel with at least this many friends (reference, smartMessage). */
export const SMART_MESSAGE_MIN_FRIENDS = 100_000;

export const TALK_CHANNEL_GROUP_FILE_TYPES = ['APP_USER_ID', 'PHONE_NUMBER', 'MESSAGE_RETARGET'] as const;

/**
 * GET /talkChannelGroupFiles (doc). ASSUMPTION: the status values are undocumented;
 * the sandbox reuses the customer file statuses.
 */
export const TalkChannelGroupFile = z.looseObject({
  id: z.number(),
  profileId: StringOrNumberId,
  fileType: lenientEnum(TALK_CHANNEL_GROUP_FILE_TYPES),
  groupKey: z.string(),
  name: z.string(),
  friendCount: z.number().nullish(),
  talkChannelGroupFileStatus: lenientEnum(CUSTOMER_FILE_STATUSES).nullish(),
});
export type TalkChannelGroupFile = z.infer<typeof TalkChannelGroupFile>;
export const TalkChannelGroupFileList = z.array(TalkChannelGroupFile);
