import { z } from 'zod';
import {
  Age,
  Gender,
  INCLUSION_TYPES,
  InclusionType,
  LOCATION_TYPES,
  LocationType,
  SELECTION_TYPES,
  SelectionType,
  TARGETING_TYPES,
  TargetingType,
} from './enums';
import { lenientEnum } from './lenient';
import { TALK_CHANNEL_GROUP_FILE_TYPES } from './lookups';

// Targeting, on both sides of the wire. The custom-audience items and `TargetingRequest`
// are the request shapes (strict enums, required fields per the tables); `Targeting` is
// the lenient read of an ad group's targeting, normalized so the app sees one spelling.

/** spec-notes #11: the tables say String, the samples send numbers. Accept both, hand on strings. */
export const StringId = z.union([z.string(), z.number()]).transform((id) => String(id));

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFilled(value: unknown): boolean {
  return value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0);
}

/**
 * Moves `typo` to `key` before validation, so the output type knows only the table's
 * spelling. When both come, the filled one wins (the table's on a tie).
 */
export function renameKey(typo: string, key: string) {
  return (value: unknown): unknown => {
    if (!isRecord(value) || !(typo in value)) return value;
    const { [typo]: typoValue, ...rest } = value;
    return { ...rest, [key]: isFilled(rest[key]) ? rest[key] : typoValue };
  };
}

// ── Regions ──────────────────────────────────────────────────────────────────

/** spec-notes #9: the samples spell `desrciption`; it is read as `description`. */
const fixDescription = renameKey('desrciption', 'description');

const regionShape = {
  value: z.string(),
  description: z.string().nullish(),
  depth1Name: z.string().nullish(),
};

/** City/province (depth 1), e.g. `E`. */
export const Location = z.preprocess(fixDescription, z.looseObject(regionShape));
export type Location = z.infer<typeof Location>;

/** City/county/district (depth 2), e.g. `B7222`. */
export const Depth2Location = z.preprocess(
  fixDescription,
  z.looseObject({ ...regionShape, depth2Name: z.string().nullish() }),
);
export type Depth2Location = z.infer<typeof Depth2Location>;

/** Dong/eup/myeon (depth 3). `deprecated` marks a region Kakao no longer serves. */
export const Depth3Location = z.preprocess(
  fixDescription,
  z.looseObject({
    ...regionShape,
    depth2Name: z.string().nullish(),
    depth3Name: z.string().nullish(),
    deprecated: z.boolean().optional(),
  }),
);
export type Depth3Location = z.infer<typeof Depth3Location>;

// ── Custom audiences (request shapes; read leniently inside `Targeting`) ─────

export const CustomerFileTargeting = z.object({ customerFileId: z.number().int(), inclusionType: InclusionType });
export type CustomerFileTargeting = z.infer<typeof CustomerFileTargeting>;

export const TrackerTargeting = z.object({
  trackId: StringId,
  inclusionType: InclusionType,
  /** `*` means every event. */
  eventCode: z.string().min(1),
  trackRuleId: z.string(),
  trackRuleName: z.string(),
  /** Days, 1–180; the range is a rule (src/api/rules/targeting.ts). */
  term: z.number().int(),
});
export type TrackerTargeting = z.infer<typeof TrackerTargeting>;

export const CohortTargeting = z.object({ cohortId: StringId, inclusionType: InclusionType });
export type CohortTargeting = z.infer<typeof CohortTargeting>;

export const TalkChannelTargeting = z.object({ profileId: StringId, inclusionType: InclusionType });
export type TalkChannelTargeting = z.infer<typeof TalkChannelTargeting>;

export const SyncAppTargeting = z.object({ profileId: StringId, inclusionType: InclusionType });
export type SyncAppTargeting = z.infer<typeof SyncAppTargeting>;

export const TalkChannelGroupTargeting = z.object({
  talkChannelGroupFileId: z.number().int(),
  name: z.string(),
  inclusionType: InclusionType,
  fileType: z.enum(TALK_CHANNEL_GROUP_FILE_TYPES),
  groupKey: z.string(),
});
export type TalkChannelGroupTargeting = z.infer<typeof TalkChannelGroupTargeting>;

/** The read side of a custom-audience item: every field optional, enums open, keys kept. */
function readable<S extends z.ZodRawShape>(item: z.ZodObject<S>) {
  return z.looseObject({ ...item.partial().shape, inclusionType: lenientEnum(INCLUSION_TYPES).nullish() });
}

/** A category id; read also as `{id}` in case Kakao sends the UfoInterest object. */
const CategoryId = z.union([z.string(), z.looseObject({ id: z.string() }).transform((c) => c.id)]);
const readList = <T extends z.ZodType>(item: T) => z.array(item).nullish();

// ── Targeting ────────────────────────────────────────────────────────────────

/** An ad group's targeting as read. spec-notes #9: `depth2locations` arrives as `depth2Locations`. */
export const Targeting = z.preprocess(
  renameKey('depth2locations', 'depth2Locations'),
  z.looseObject({
    /** The audience's id when `type` is DISPLAY or MESSAGE. */
    id: z.union([z.number(), z.string()]).nullish(),
    type: lenientEnum(TARGETING_TYPES).nullish(),
    adAccountId: z.number().nullish(),
    ageType: lenientEnum(SELECTION_TYPES).nullish(),
    ages: readList(z.string()),
    genderType: lenientEnum(SELECTION_TYPES).nullish(),
    genders: readList(z.string()),
    locationType: lenientEnum(LOCATION_TYPES).nullish(),
    locations: readList(Location),
    depth2Locations: readList(Depth2Location),
    depth3Locations: readList(Depth3Location),
    ufoInterests: readList(CategoryId),
    ufoDeprecatedInterests: readList(CategoryId),
    ufoBusinessTypes: readList(CategoryId),
    ufoDeprecatedBusinessTypes: readList(CategoryId),
    customerFileTargetings: readList(readable(CustomerFileTargeting)),
    trackerTargetings: readList(readable(TrackerTargeting)),
    cohortTargetings: readList(readable(CohortTargeting)),
    talkChannelTargetings: readList(readable(TalkChannelTargeting)),
    syncAppTargetings: readList(readable(SyncAppTargeting)),
    // fileType is an enum too: a new file type from Kakao must not break the page.
    talkChannelGroupTargetings: readList(
      readable(TalkChannelGroupTargeting).extend({ fileType: lenientEnum(TALK_CHANNEL_GROUP_FILE_TYPES).nullish() }),
    ),
    /** spec-notes #10: may come here; the ad group contracts lift it to the top level. */
    sectionCategories: readList(z.string()),
  }),
);
export type Targeting = z.infer<typeof Targeting>;

/**
 * Targeting as sent, with the table spellings only (spec-notes #9): a `depth2locations`
 * key is not read here. The rules module checks what goes with what (ages only with
 * NOT_ALL, one depth per region, custom audiences vs audiences…).
 */
export const TargetingRequest = z.object({
  /** The audience's id, with `type` DISPLAY or MESSAGE. */
  id: z.number().int().optional(),
  type: TargetingType.optional(),
  /**
   * Required by the tables, but the Message edit sample leaves it out; absent reads as
   * ALL, so the parsed body (and the console's payload type) always carries it.
   */
  ageType: SelectionType.default('ALL'),
  ages: z.array(Age).optional(),
  genderType: SelectionType,
  genders: z.array(Gender).optional(),
  locationType: LocationType,
  locations: z.array(Location).optional(),
  depth2Locations: z.array(Depth2Location).optional(),
  depth3Locations: z.array(Depth3Location).optional(),
  ufoInterests: z.array(z.string()).optional(),
  ufoBusinessTypes: z.array(z.string()).optional(),
  customerFileTargetings: z.array(CustomerFileTargeting).optional(),
  trackerTargetings: z.array(TrackerTargeting).optional(),
  cohortTargetings: z.array(CohortTargeting).optional(),
  talkChannelTargetings: z.array(TalkChannelTargeting).optional(),
  syncAppTargetings: z.array(SyncAppTargeting).optional(),
  talkChannelGroupTargetings: z.array(TalkChannelGroupTargeting).optional(),
});
export type TargetingRequest = z.infer<typeof TargetingRequest>;
