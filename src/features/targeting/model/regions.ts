import type { TargetingRequest } from '../../../api/contracts/targeting';
import { MAX_REGIONS, OVERSEAS_PREFIX } from '../../../api/rules/locations';

export type RegionDepth = 1 | 2 | 3;

/** One picked or offered region, whatever its depth: what a chip or a search row shows. */
export interface Region {
  depth: RegionDepth;
  value: string;
  description: string;
  depth1Name?: string;
  depth2Name?: string;
  depth3Name?: string;
  deprecated?: boolean;
}

interface LooseLocation {
  value: string;
  description?: string | null;
  desrciption?: string | null;
  depth1Name?: string | null;
  depth2Name?: string | null;
  depth3Name?: string | null;
  deprecated?: boolean | null;
}

export function toRegion(depth: RegionDepth, l: LooseLocation): Region {
  // spec-notes #9: the samples spell it `desrciption`; accept both when reading.
  const description = l.description ?? l.desrciption ?? l.value;
  return {
    depth,
    value: l.value,
    description,
    ...(l.depth1Name ? { depth1Name: l.depth1Name } : {}),
    ...(l.depth2Name ? { depth2Name: l.depth2Name } : {}),
    ...(l.depth3Name ? { depth3Name: l.depth3Name } : {}),
    ...(l.deprecated ? { deprecated: true } : {}),
  };
}

/** The picked regions of all three depths, in depth order. */
export function regionsOf(t: TargetingRequest): Region[] {
  // spec-notes #9: the contracts already read `depth2locations` as `depth2Locations`.
  return [
    ...(t.locations ?? []).map((l) => toRegion(1, l)),
    ...(t.depth2Locations ?? []).map((l) => toRegion(2, l)),
    ...(t.depth3Locations ?? []).map((l) => toRegion(3, l)),
  ];
}

/** Writes the regions back (TargetingRequest has the table's spellings only, spec-notes #9). */
export function withRegions(t: TargetingRequest, regions: readonly Region[]): TargetingRequest {
  const at = (depth: RegionDepth) => regions.filter((r) => r.depth === depth);
  return {
    ...t,
    locations: at(1).map((r) => ({ value: r.value, description: r.description, depth1Name: r.depth1Name ?? r.description })),
    depth2Locations: at(2).map((r) => ({
      value: r.value,
      description: r.description,
      depth1Name: r.depth1Name ?? '',
      depth2Name: r.depth2Name ?? '',
    })),
    depth3Locations: at(3).map((r) => ({
      value: r.value,
      description: r.description,
      depth1Name: r.depth1Name ?? '',
      depth2Name: r.depth2Name ?? '',
      depth3Name: r.depth3Name ?? '',
      ...(r.deprecated ? { deprecated: true } : {}),
    })),
  };
}

export function isOverseasBlocked(value: string, campaignType: string): boolean {
  return campaignType === 'TALK_BIZ_BOARD' && value.startsWith(OVERSEAS_PREFIX);
}

/**
 * Codes nest by prefix (rules/locations.ts). A picked broader region already covers a
 * narrower one, so the narrower one cannot be picked too (detailCode 22087).
 */
export function coveringRegion(picked: readonly Region[], value: string): Region | undefined {
  return picked.find((p) => p.value !== value && value.startsWith(p.value));
}

export type PickRefusal =
  | { reason: 'overseas' }
  | { reason: 'covered'; by: Region }
  | { reason: 'limit'; max: number };

export type PickResult =
  | { ok: true; value: TargetingRequest; replaced: Region[] }
  | ({ ok: false } & PickRefusal);

/** Why `option` cannot be picked right now (ignoring the limit), or null. */
export function blockReason(
  picked: readonly Region[],
  option: Pick<Region, 'value'>,
  campaignType: string,
): PickRefusal | null {
  if (isOverseasBlocked(option.value, campaignType)) return { reason: 'overseas' };
  const by = coveringRegion(picked, option.value);
  return by ? { reason: 'covered', by } : null;
}

/**
 * Picks a region. Our choice for 22087: a broader region REPLACES the narrower ones
 * inside it (they are reported in `replaced`, so the UI can say so); a narrower region
 * inside a picked one is refused. The 1,000 limit (22086) counts after replacing.
 */
export function pickRegion(t: TargetingRequest, option: Region, campaignType: string): PickResult {
  const picked = regionsOf(t);
  if (picked.some((p) => p.value === option.value)) return { ok: true, value: t, replaced: [] };
  const blocked = blockReason(picked, option, campaignType);
  if (blocked) return { ok: false, ...blocked };
  const replaced = picked.filter((p) => p.value.startsWith(option.value));
  const kept = picked.filter((p) => !p.value.startsWith(option.value));
  if (kept.length + 1 > MAX_REGIONS) return { ok: false, reason: 'limit', max: MAX_REGIONS };
  return { ok: true, value: withRegions({ ...t, locationType: 'AREA' }, [...kept, option]), replaced };
}

export function unpickRegion(t: TargetingRequest, value: string): TargetingRequest {
  return withRegions(t, regionsOf(t).filter((r) => r.value !== value));
}

/** "All regions": no list may be sent (reference, locations). */
export function clearRegions(t: TargetingRequest): TargetingRequest {
  const { locations: _1, depth2Locations: _2, depth3Locations: _3, ...rest } = t;
  return { ...rest, locationType: 'ALL' };
}
