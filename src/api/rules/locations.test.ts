import { describe, expect, it } from 'vitest';
import { checkRegions, MAX_REGIONS, overlappingRegions, regionCount, type PickedRegions } from './locations';

const none: PickedRegions = { depth1: [], depth2: [], depth3: [] };
const rules = (r: Partial<PickedRegions>, type = 'DISPLAY') =>
  checkRegions({ ...none, ...r }, type).map((v) => `${v.field}:${v.rule}:${v.detailCode ?? '-'}`);

describe('regions', () => {
  it('refuses overseas (Z…) at any depth for Bizboard only', () => {
    expect(rules({ depth1: ['Z'] }, 'TALK_BIZ_BOARD')).toEqual([
      'targeting.locations:targeting.overseasNotAllowed:-',
    ]);
    expect(rules({ depth2: ['Z1001'] }, 'TALK_BIZ_BOARD')).toEqual([
      'targeting.depth2Locations:targeting.overseasNotAllowed:-',
    ]);
    expect(rules({ depth3: ['Z10010101'] }, 'TALK_BIZ_BOARD')).toEqual([
      'targeting.depth3Locations:targeting.overseasNotAllowed:-',
    ]);
    expect(rules({ depth1: ['Z'] }, 'DISPLAY')).toEqual([]);
    expect(rules({ depth1: ['A'] }, 'TALK_BIZ_BOARD')).toEqual([]);
  });

  it('allows 1,000 regions in total and refuses 1,001 (22086)', () => {
    const many = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(4, '0')}`);
    const thousand = { depth2: many(600, 'A'), depth3: many(400, 'B') };
    expect(regionCount({ ...none, ...thousand })).toBe(MAX_REGIONS);
    expect(rules(thousand)).toEqual([]);
    expect(rules({ ...thousand, depth1: ['C'] })).toEqual(['targeting.locations:targeting.tooManyRegions:22086']);
  });

  it('refuses the same region at two depths (22087)', () => {
    expect(rules({ depth1: ['A'], depth2: ['A7000'] })).toEqual([
      'targeting.depth2Locations:targeting.regionAtTwoDepths:22087',
    ]);
    expect(rules({ depth2: ['A7005'], depth3: ['A70052424'] })).toEqual([
      'targeting.depth3Locations:targeting.regionAtTwoDepths:22087',
    ]);
    expect(overlappingRegions({ depth1: ['E'], depth2: [], depth3: ['E13010702'] })).toEqual([
      { value: 'E13010702', parent: 'E', depth: 3 },
    ]);
    // Siblings and unrelated regions are fine.
    expect(rules({ depth1: ['B'], depth2: ['A7000'], depth3: ['A70010101'] })).toEqual([]);
  });
});
