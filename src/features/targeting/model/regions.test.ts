import { describe, expect, it } from 'vitest';
import type { TargetingRequest } from '../../../api/contracts/targeting';
import { blockReason, clearRegions, pickRegion, regionsOf, unpickRegion, withRegions, type Region } from './regions';

const base: TargetingRequest = { type: 'NORMAL', ageType: 'ALL', genderType: 'ALL', locationType: 'AREA' };
const seoul: Region = { depth: 1, value: 'I', description: '서울특별시', depth1Name: '서울특별시' };
const dobong: Region = { depth: 2, value: 'I1009', description: '서울특별시 도봉구', depth1Name: '서울특별시', depth2Name: '도봉구' };
const ssangmun: Region = {
  depth: 3,
  value: 'I10090101',
  description: '서울특별시 도봉구 쌍문1동',
  depth1Name: '서울특별시',
  depth2Name: '도봉구',
  depth3Name: '쌍문1동',
};
const overseas: Region = { depth: 1, value: 'Z', description: '해외' };

function picked(result: ReturnType<typeof pickRegion>): TargetingRequest {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.value;
}

describe('regions', () => {
  it('writes each depth to its own list, in the table spellings, and reads them back', () => {
    const t = withRegions(base, [seoul, dobong, { ...ssangmun, value: 'A70052424', deprecated: true }]);
    expect(t.locations).toEqual([{ value: 'I', description: '서울특별시', depth1Name: '서울특별시' }]);
    expect(t.depth2Locations).toHaveLength(1);
    expect(t.depth3Locations?.[0]).toMatchObject({ value: 'A70052424', deprecated: true });
    expect(regionsOf(t).map((r) => [r.depth, r.value])).toEqual([
      [1, 'I'],
      [2, 'I1009'],
      [3, 'A70052424'],
    ]);
  });

  it('a broader region replaces the narrower ones inside it', () => {
    const t = picked(pickRegion(withRegions(base, [dobong, ssangmun]), seoul, 'DISPLAY'));
    const result = pickRegion(withRegions(base, [dobong, ssangmun]), seoul, 'DISPLAY');
    expect(result.ok && result.replaced.map((r) => r.value)).toEqual(['I1009', 'I10090101']);
    expect(regionsOf(t).map((r) => r.value)).toEqual(['I']);
  });

  it('refuses a narrower region inside a picked one (22087)', () => {
    const t = withRegions(base, [seoul]);
    expect(pickRegion(t, dobong, 'DISPLAY')).toMatchObject({ ok: false, reason: 'covered', by: { value: 'I' } });
    expect(blockReason(regionsOf(t), ssangmun, 'DISPLAY')).toMatchObject({ reason: 'covered' });
    // A region is not covered by itself, and other regions are unaffected.
    expect(blockReason(regionsOf(t), seoul, 'DISPLAY')).toBeNull();
    expect(blockReason(regionsOf(t), { value: 'A7005' }, 'DISPLAY')).toBeNull();
  });

  it('refuses overseas for Bizboard only', () => {
    expect(pickRegion(base, overseas, 'TALK_BIZ_BOARD')).toMatchObject({ ok: false, reason: 'overseas' });
    expect(pickRegion(base, overseas, 'DISPLAY').ok).toBe(true);
  });

  it('refuses the 1,001st region, but counts after replacing (22086)', () => {
    const many: Region[] = Array.from({ length: 1000 }, (_, i) => ({
      depth: 3,
      value: `B7222${String(i).padStart(4, '0')}`,
      description: `r${i}`,
    }));
    const full = withRegions(base, many);
    expect(pickRegion(full, seoul, 'DISPLAY')).toMatchObject({ ok: false, reason: 'limit', max: 1000 });
    // Picking their parent replaces all 1,000 with one.
    const replaced = picked(pickRegion(full, { depth: 2, value: 'B7222', description: '경기도 여주시' }, 'DISPLAY'));
    expect(regionsOf(replaced)).toHaveLength(1);
  });

  it('picking twice changes nothing; unpicking removes; clearing goes back to ALL without lists', () => {
    const t = picked(pickRegion(base, seoul, 'DISPLAY'));
    expect(picked(pickRegion(t, seoul, 'DISPLAY'))).toBe(t);
    expect(regionsOf(unpickRegion(t, 'I'))).toEqual([]);
    const all = clearRegions(t);
    expect(all.locationType).toBe('ALL');
    expect(all).not.toHaveProperty('locations');
    expect(all).not.toHaveProperty('depth2Locations');
  });
});
