import type { TargetingRequest } from '../../../api/contracts/targeting';
import { AGES, GENDERS, type Age, type Gender, type InclusionType } from '../../../api/contracts/enums';
import { ADULT_AGES, CUSTOM_AUDIENCE_KEYS, INCLUSION_LIST_KEYS } from '../../../api/rules/targeting';
import { clearRegions, regionsOf } from './regions';

/** No targeting at all: the value a new ad group starts from (spec-notes #2: `ALL`). */
export function emptyTargeting(): TargetingRequest {
  return { type: 'NORMAL', ageType: 'ALL', genderType: 'ALL', locationType: 'ALL' };
}

/** ALL ⇒ no `ages` ("If you set ageType to ALL, do not pass ages"). */
export function setAgeType(t: TargetingRequest, type: 'ALL' | 'NOT_ALL'): TargetingRequest {
  const { ages: _ages, ...rest } = t;
  return type === 'ALL' ? { ...rest, ageType: 'ALL' } : { ...rest, ageType: 'NOT_ALL', ages: t.ages ?? [] };
}

export function toggleAge(t: TargetingRequest, age: Age, on: boolean): TargetingRequest {
  const chosen = new Set<string>(t.ages ?? []);
  if (on) chosen.add(age);
  else chosen.delete(age);
  return { ...t, ageType: 'NOT_ALL', ages: AGES.filter((a) => chosen.has(a)) };
}

export function setGenderType(t: TargetingRequest, type: 'ALL' | 'NOT_ALL'): TargetingRequest {
  const { genders: _genders, ...rest } = t;
  return type === 'ALL' ? { ...rest, genderType: 'ALL' } : { ...rest, genderType: 'NOT_ALL', genders: t.genders ?? [] };
}

export function toggleGender(t: TargetingRequest, gender: Gender, on: boolean): TargetingRequest {
  const chosen = new Set<string>(t.genders ?? []);
  if (on) chosen.add(gender);
  else chosen.delete(gender);
  return { ...t, genderType: 'NOT_ALL', genders: GENDERS.filter((g) => chosen.has(g)) };
}

/** adult ⇒ NOT_ALL and exactly the ages 20 to 70+ (reference, `adult`). */
export function applyAdult(t: TargetingRequest): TargetingRequest {
  return { ...t, ageType: 'NOT_ALL', ages: [...ADULT_AGES] as Age[] };
}

export function isAdultCompliant(t: TargetingRequest): boolean {
  const ages = new Set<string>(t.ages ?? []);
  return t.ageType === 'NOT_ALL' && ages.size === ADULT_AGES.length && ADULT_AGES.every((a) => ages.has(a));
}

export function usesAudience(t: TargetingRequest): boolean {
  return t.type === 'DISPLAY' || t.type === 'MESSAGE';
}

/** What choosing an audience would clear, counted for the confirmation. */
export interface ClearedCounts {
  ages: number;
  genders: number;
  regions: number;
  customAudiences: number;
}

export function countChoices(t: TargetingRequest): ClearedCounts {
  const custom = CUSTOM_AUDIENCE_KEYS.reduce((n, key) => n + (t[key]?.length ?? 0), 0);
  return {
    ages: t.ageType === 'NOT_ALL' ? (t.ages?.length ?? 0) : 0,
    genders: t.genderType === 'NOT_ALL' ? (t.genders?.length ?? 0) : 0,
    regions: t.locationType === 'AREA' ? regionsOf(t).length : 0,
    customAudiences: custom,
  };
}

export function hasChoices(t: TargetingRequest): boolean {
  const c = countChoices(t);
  return c.ages + c.genders + c.regions + c.customAudiences > 0;
}

/**
 * "If you set it to DISPLAY or MESSAGE, pass the empty value for the rest target
 * information": everything else goes back to ALL with no lists.
 */
export function chooseAudience(type: 'DISPLAY' | 'MESSAGE', id: number | null): TargetingRequest {
  return { ...emptyTargeting(), type, ...(id === null ? {} : { id }) };
}

export function clearCustomAudiences(t: TargetingRequest): TargetingRequest {
  const next: TargetingRequest = { ...t };
  for (const key of CUSTOM_AUDIENCE_KEYS) delete next[key];
  return next;
}

export function hasCustomAudiences(t: TargetingRequest): boolean {
  return countChoices(t).customAudiences > 0;
}

export { clearRegions };

export type InclusionListKey = (typeof INCLUSION_LIST_KEYS)[number];
export type InclusionItem<K extends InclusionListKey> = NonNullable<TargetingRequest[K]>[number];

/**
 * Sets one entry of an include/exclude list: `inclusion` null removes it. `same` finds
 * the entry by its id; `make` builds a new one.
 */
export function setInclusion<K extends InclusionListKey>(
  t: TargetingRequest,
  key: K,
  same: (item: InclusionItem<K>) => boolean,
  make: (inclusion: InclusionType) => InclusionItem<K>,
  inclusion: InclusionType | null,
): TargetingRequest {
  const list = (t[key] ?? []) as InclusionItem<K>[];
  const others = list.filter((item) => !same(item));
  const index = list.findIndex(same);
  if (inclusion === null) return { ...t, [key]: others };
  const entry = index >= 0 ? { ...list[index], inclusionType: inclusion } : make(inclusion);
  const next = [...list];
  if (index >= 0) next[index] = entry;
  else next.push(entry);
  return { ...t, [key]: next };
}
