import { violation, type Violation } from './violation';

const DISPLAY_FAMILY = ['DISPLAY', 'VIDEO', 'TALK_BIZ_BOARD'];
export const ALL_DEVICE_TYPES = ['ANDROID', 'IOS', 'PC'] as const;
export const MOBILE_DEVICE_TYPES = ['ANDROID', 'IOS'] as const;

/** Display X Conversion objectives that may run on all devices (Create/Edit body tables). */
export const ALL_DEVICE_OBJECTIVE_DETAIL_TYPES = [
  'PURCHASE',
  'COMPLETE_REGISTRATION',
  'SIGN_UP',
  'CART',
  'PARTICIPATION',
] as const;

export interface CampaignFacts {
  campaignType: string;
  goal: string;
  objectiveDetailType?: string | null;
}

export function placementsFor(campaignType: string): string[] {
  if (DISPLAY_FAMILY.includes(campaignType)) return ['KAKAO_SERVICE', 'KAKAO_TALK', 'DAUM', 'NETWORK'];
  return campaignType === 'TALK_CHANNEL' ? ['KAKAO_TALK'] : [];
}

export function canUseAllAvailablePlacement(campaignType: string): boolean {
  return DISPLAY_FAMILY.includes(campaignType);
}

export function needsAdServingCategories(placements: readonly string[]): boolean {
  return placements.includes('NETWORK');
}

export function canUseSectionCategories(campaignType: string, placements: readonly string[]): boolean {
  return campaignType === 'TALK_BIZ_BOARD' && placements.includes('KAKAO_TALK');
}

/**
 * Where `allAvailableDeviceType: true` is allowed. The Create table lists Talk Channel X
 * Reach, Video X View and Display X Conversion with an objective detail type above; the
 * Edit table leaves out Video X View. Decision: Video X View is allowed on edit too,
 * because an edit is GET → merge → full PUT, and a group created with `true` must stay
 * savable unchanged.
 */
export function canUseAllAvailableDeviceType(c: CampaignFacts): boolean {
  if (c.campaignType === 'TALK_CHANNEL' && c.goal === 'REACH') return true;
  if (c.campaignType === 'VIDEO' && c.goal === 'VIEW') return true;
  return (
    c.campaignType === 'DISPLAY' &&
    c.goal === 'CONVERSION' &&
    ALL_DEVICE_OBJECTIVE_DETAIL_TYPES.some((t) => t === c.objectiveDetailType)
  );
}

/**
 * PC is offered for Display X Visit and Video X View. `allAvailableDeviceType: true`
 * requires ANDROID, IOS and PC together, so PC is also allowed then (otherwise the
 * Display X Conversion case of the device table could never be sent).
 */
export function deviceTypesFor(c: CampaignFacts, allAvailableDeviceType: boolean): string[] {
  const pc =
    (c.campaignType === 'DISPLAY' && c.goal === 'VISITING') ||
    (c.campaignType === 'VIDEO' && c.goal === 'VIEW') ||
    (allAvailableDeviceType && canUseAllAvailableDeviceType(c));
  return pc ? [...ALL_DEVICE_TYPES] : [...MOBILE_DEVICE_TYPES];
}

export interface PlacementDeviceInput {
  placements?: readonly string[] | null;
  adServingCategories?: readonly string[] | null;
  /** Top-level or inside targeting (spec-notes #10): the caller passes whichever is set. */
  sectionCategories?: readonly string[] | null;
  allAvailablePlacement?: boolean | null;
  allAvailableDeviceType?: boolean | null;
  deviceTypes?: readonly string[] | null;
}

/** Display-family placements and devices. Both flags must be sent explicitly (spec-notes #3). */
export function checkPlacementsAndDevices(c: CampaignFacts, b: PlacementDeviceInput): Violation[] {
  const out: Violation[] = [];
  const placements = b.placements ?? [];
  if (placements.length === 0) out.push(violation('placements', 'placement.required'));
  for (const p of placements) {
    if (!placementsFor(c.campaignType).includes(p)) out.push(violation('placements', 'notAllowed', { value: p }));
  }
  // The Bizboard note "use all fields" cannot be checked without the category list; the
  // sandbox handler may check it against its catalogue.
  if (needsAdServingCategories(placements) && (b.adServingCategories ?? []).length === 0) {
    out.push(violation('adServingCategories', 'placement.adServingCategoriesRequired'));
  }
  if ((b.sectionCategories ?? []).length > 0 && !canUseSectionCategories(c.campaignType, placements)) {
    out.push(violation('sectionCategories', 'placement.sectionCategoriesNotAllowed'));
  }
  if (b.allAvailablePlacement === null || b.allAvailablePlacement === undefined) {
    out.push(violation('allAvailablePlacement', 'required'));
  } else if (b.allAvailablePlacement && !canUseAllAvailablePlacement(c.campaignType)) {
    out.push(violation('allAvailablePlacement', 'placement.allAvailableNotAllowed'));
  }

  const all = b.allAvailableDeviceType;
  const devices = b.deviceTypes ?? [];
  if (all === null || all === undefined) out.push(violation('allAvailableDeviceType', 'required'));
  else if (all && !canUseAllAvailableDeviceType(c)) {
    out.push(violation('allAvailableDeviceType', 'device.allAvailableNotAllowed'));
  }
  if (devices.length === 0) out.push(violation('deviceTypes', 'device.required'));
  if (all && canUseAllAvailableDeviceType(c)) {
    const exact = devices.length === 3 && ALL_DEVICE_TYPES.every((d) => devices.includes(d));
    if (!exact) out.push(violation('deviceTypes', 'device.allAvailableNeedsAll'));
  } else {
    const offered = deviceTypesFor(c, false);
    for (const d of devices) {
      if (offered.includes(d)) continue;
      out.push(violation('deviceTypes', d === 'PC' ? 'device.pcNotAllowed' : 'notAllowed', { value: d }));
    }
  }
  return out;
}
