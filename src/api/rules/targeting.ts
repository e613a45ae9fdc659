import { AGES } from '../contracts/enums';
import { checkRegions, type PickedRegions } from './locations';
import { violation, type Violation } from './violation';

/**
 * A read-only view of the targeting fields these rules look at, so that both the request
 * (`TargetingRequest`) and the lenient read (`Targeting`) of the contracts satisfy it. It
 * is not a wire type of its own: spellings (spec-notes #9) are the contracts' business.
 */
export interface TargetingView {
  id?: number | string | null;
  type?: string | null;
  ageType?: string | null;
  ages?: readonly string[] | null;
  genderType?: string | null;
  genders?: readonly string[] | null;
  locationType?: string | null;
  locations?: ReadonlyArray<{ value: string }> | null;
  depth2Locations?: ReadonlyArray<{ value: string }> | null;
  depth3Locations?: ReadonlyArray<{ value: string }> | null;
  ufoInterests?: readonly unknown[] | null;
  ufoBusinessTypes?: readonly unknown[] | null;
  customerFileTargetings?: ReadonlyArray<{ inclusionType?: string | null }> | null;
  trackerTargetings?: ReadonlyArray<{ inclusionType?: string | null; term?: number | null }> | null;
  cohortTargetings?: ReadonlyArray<{ inclusionType?: string | null }> | null;
  talkChannelTargetings?: ReadonlyArray<{ inclusionType?: string | null }> | null;
  syncAppTargetings?: ReadonlyArray<{ inclusionType?: string | null }> | null;
  talkChannelGroupTargetings?: ReadonlyArray<{ inclusionType?: string | null }> | null;
}

/** adult ⇒ exactly these ages ("Pass "20",…,"70" in targeting.ages"). */
export const ADULT_AGES: readonly string[] = AGES.filter((a) => a !== '15');
export const TRACKER_TERM = { min: 1, max: 180 } as const;

/** The custom-audience ("맞춤타겟") lists, which Smart message forbids and audiences replace. */
export const CUSTOM_AUDIENCE_KEYS = [
  'ufoInterests',
  'ufoBusinessTypes',
  'customerFileTargetings',
  'trackerTargetings',
  'cohortTargetings',
  'talkChannelTargetings',
  'syncAppTargetings',
  'talkChannelGroupTargetings',
] as const;
/** The custom-audience lists whose items carry include/exclude. */
export const INCLUSION_LIST_KEYS = [
  'customerFileTargetings',
  'trackerTargetings',
  'cohortTargetings',
  'talkChannelTargetings',
  'syncAppTargetings',
  'talkChannelGroupTargetings',
] as const;

const len = (a: readonly unknown[] | null | undefined) => a?.length ?? 0;

export function pickedRegions(t: TargetingView): PickedRegions {
  const values = (a: ReadonlyArray<{ value: string }> | null | undefined) => (a ?? []).map((l) => l.value);
  return {
    depth1: values(t.locations),
    depth2: values(t.depth2Locations),
    depth3: values(t.depth3Locations),
  };
}

function usesAudience(t: TargetingView): boolean {
  return t.type === 'DISPLAY' || t.type === 'MESSAGE';
}

function hasCustomAudience(t: TargetingView): boolean {
  return CUSTOM_AUDIENCE_KEYS.some((k) => len(t[k]) > 0);
}

/**
 * True when any targeting beyond "all" is set; it decides the message price (spec-notes
 * #6). A NOT_ALL with an empty list (as in the reference's "no targeting" price example)
 * narrows nothing, so it does not count.
 */
export function hasTargeting(t: TargetingView | null | undefined): boolean {
  if (!t) return false;
  if (usesAudience(t) || hasCustomAudience(t)) return true;
  const r = pickedRegions(t);
  return (
    (t.ageType === 'NOT_ALL' && len(t.ages) > 0) ||
    (t.genderType === 'NOT_ALL' && len(t.genders) > 0) ||
    (t.locationType === 'AREA' && r.depth1.length + r.depth2.length + r.depth3.length > 0)
  );
}

/** ALL ⇒ no list; NOT_ALL (or AREA) ⇒ at least one (spec-notes #2: the value is `ALL`). */
function checkSelection(
  what: 'age' | 'gender' | 'location',
  type: string | null | undefined,
  count: number,
  partial: 'NOT_ALL' | 'AREA',
): Violation[] {
  const list = `${what}s` as const;
  if (!type) return [violation(`targeting.${what}Type`, 'required')];
  if (type === 'ALL') return count > 0 ? [violation(`targeting.${list}`, `targeting.${list}NotAllowed`)] : [];
  if (type !== partial) return [violation(`targeting.${what}Type`, 'notAllowed', { value: type })];
  return count === 0 ? [violation(`targeting.${list}`, `targeting.${list}Required`)] : [];
}

export interface TargetingContext {
  kind: 'display' | 'message';
  campaignType: string;
  goal: string;
  adult: boolean;
  /** On edit: the stored `adult`, which cannot go from true to false. */
  existingAdult?: boolean;
  smartMessage?: boolean;
}

export function checkTargeting(t: TargetingView, ctx: TargetingContext): Violation[] {
  const out: Violation[] = [];
  const regions = pickedRegions(t);
  const regionCount = regions.depth1.length + regions.depth2.length + regions.depth3.length;
  const type = t.type ?? 'NORMAL';

  if (usesAudience(t)) {
    // "If the ad type is DISPLAY, you must set the audience type to DISPLAY"; Message
    // groups, by the same token, use MESSAGE audiences (ASSUMPTION: not stated).
    const own = ctx.kind === 'display' ? 'DISPLAY' : 'MESSAGE';
    if (type !== own) out.push(violation('targeting.type', 'targeting.audienceTypeNotAllowed', { value: type }));
    if (t.id === null || t.id === undefined || t.id === '') {
      out.push(violation('targeting.id', 'targeting.audienceIdRequired'));
    }
    const restEmpty =
      [t.ageType, t.genderType, t.locationType].every((v) => !v || v === 'ALL') &&
      len(t.ages) + len(t.genders) + regionCount === 0 &&
      !hasCustomAudience(t);
    if (!restEmpty) out.push(violation('targeting', 'targeting.audienceExclusive'));
  } else {
    if (type !== 'NORMAL') out.push(violation('targeting.type', 'notAllowed', { value: type }));
    out.push(...checkSelection('age', t.ageType, len(t.ages), 'NOT_ALL'));
    out.push(...checkSelection('gender', t.genderType, len(t.genders), 'NOT_ALL'));
    out.push(...checkSelection('location', t.locationType, regionCount, 'AREA'));
    if (t.locationType === 'AREA') out.push(...checkRegions(regions, ctx.campaignType));
  }

  if (ctx.adult) {
    if (t.ageType !== 'NOT_ALL') out.push(violation('targeting.ageType', 'targeting.adultAgeType'));
    const ages = new Set(t.ages ?? []);
    if (ages.size !== ADULT_AGES.length || !ADULT_AGES.every((a) => ages.has(a))) {
      out.push(violation('targeting.ages', 'targeting.adultAges'));
    }
  }
  if (ctx.existingAdult === true && !ctx.adult) out.push(violation('adult', 'targeting.adultCannotTurnOff'));

  if (len(t.talkChannelGroupTargetings) > 0 && !(ctx.campaignType === 'TALK_CHANNEL' && ctx.goal === 'REACH')) {
    out.push(violation('targeting.talkChannelGroupTargetings', 'targeting.talkChannelGroupNotAllowed'));
  }
  if (ctx.smartMessage && (hasCustomAudience(t) || usesAudience(t))) {
    out.push(violation('targeting', 'targeting.smartMessageNoCustomAudience'));
  }
  for (const key of INCLUSION_LIST_KEYS) {
    (t[key] ?? []).forEach((item, i) => {
      if (item.inclusionType !== 'INCLUDE' && item.inclusionType !== 'EXCLUDE') {
        out.push(violation(`targeting.${key}.${i}.inclusionType`, 'targeting.inclusionType'));
      }
    });
  }
  (t.trackerTargetings ?? []).forEach((tr, i) => {
    const term = tr.term;
    if (typeof term !== 'number' || !Number.isInteger(term) || term < TRACKER_TERM.min || term > TRACKER_TERM.max) {
      out.push(violation(`targeting.trackerTargetings.${i}.term`, 'targeting.trackerTerm', { ...TRACKER_TERM }));
    }
  });
  return out;
}
