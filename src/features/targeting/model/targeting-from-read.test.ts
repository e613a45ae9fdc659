import { describe, expect, it } from 'vitest';
import { Targeting } from '../../../api/contracts/targeting';
import { targetingFromRead } from './targeting-from-read';

describe('targetingFromRead', () => {
  it('turns a read targeting into a request, dropping nulls and read-only keys', () => {
    const read = Targeting.parse({
      type: 'NORMAL',
      adAccountId: null,
      ageType: 'NOT_ALL',
      ages: ['20', '25'],
      genderType: 'ALL',
      locationType: 'AREA',
      depth2locations: [{ value: 'B7222', desrciption: '경기도 여주시', depth1Name: '경기도', depth2Name: '여주시' }],
      ufoDeprecatedInterests: ['I320104'],
    });
    const sent = targetingFromRead(read);
    expect(sent).toMatchObject({ type: 'NORMAL', ageType: 'NOT_ALL', ages: ['20', '25'], locationType: 'AREA' });
    expect(sent.depth2Locations?.[0]).toMatchObject({ value: 'B7222', description: '경기도 여주시' });
    expect(sent).not.toHaveProperty('adAccountId');
    expect(sent).not.toHaveProperty('ufoDeprecatedInterests');
  });

  it('falls back to ALL for a required selection it cannot send, and leaves out an optional key it cannot carry', () => {
    const read = Targeting.parse({ ageType: 'SOME', genderType: 'ALL', locationType: 'ALL', genders: ['X'] });
    const sent = targetingFromRead(read);
    expect(sent.ageType).toBe('ALL');
    expect(sent).not.toHaveProperty('genders');
  });

  it('gives "everyone" for a group with no targeting', () => {
    expect(targetingFromRead(null)).toMatchObject({ ageType: 'ALL', genderType: 'ALL', locationType: 'ALL' });
  });
});
