import { DETAIL_CODES, violation, type Violation } from './violation';

/** detailCode 22086: at most 1,000 regions over the three depths together. */
export const MAX_REGIONS = 1_000;
/** Depth-1 value for "overseas"; not allowed for Bizboard, nor anything under it. */
export const OVERSEAS_PREFIX = 'Z';

export interface PickedRegions {
  depth1: readonly string[];
  depth2: readonly string[];
  depth3: readonly string[];
}

const FIELDS = ['targeting.locations', 'targeting.depth2Locations', 'targeting.depth3Locations'] as const;

export function regionCount(r: PickedRegions): number {
  return r.depth1.length + r.depth2.length + r.depth3.length;
}

/**
 * Region codes nest by prefix: a depth-2 value starts with its depth-1 letter ("A7000"),
 * a depth-3 value with its depth-2 value ("A70052424"). A region is picked at two depths
 * when one picked value is a prefix of a deeper picked one (detailCode 22087).
 */
export function overlappingRegions(r: PickedRegions): Array<{ value: string; parent: string; depth: 2 | 3 }> {
  const out: Array<{ value: string; parent: string; depth: 2 | 3 }> = [];
  const depths = [r.depth1, r.depth2, r.depth3];
  for (let deep = 1; deep < 3; deep++) {
    for (const value of depths[deep]) {
      const parent = depths.slice(0, deep).flat().find((p) => value.startsWith(p));
      if (parent !== undefined) out.push({ value, parent, depth: deep === 1 ? 2 : 3 });
    }
  }
  return out;
}

export function checkRegions(r: PickedRegions, campaignType: string): Violation[] {
  const out: Violation[] = [];
  if (campaignType === 'TALK_BIZ_BOARD') {
    [r.depth1, r.depth2, r.depth3].forEach((values, i) => {
      const z = values.find((v) => v.startsWith(OVERSEAS_PREFIX));
      if (z !== undefined) out.push(violation(FIELDS[i], 'targeting.overseasNotAllowed', { value: z }));
    });
  }
  const count = regionCount(r);
  if (count > MAX_REGIONS) {
    const params = { max: MAX_REGIONS, count };
    out.push(violation('targeting.locations', 'targeting.tooManyRegions', params, DETAIL_CODES.tooManyRegions));
  }
  for (const o of overlappingRegions(r)) {
    out.push(
      violation(
        FIELDS[o.depth - 1],
        'targeting.regionAtTwoDepths',
        { value: o.value, parent: o.parent },
        DETAIL_CODES.regionAtTwoDepths,
      ),
    );
  }
  return out;
}
