import { describe, expect, it } from 'vitest';
import { allowedPacings, checkPacing, defaultPacing } from './pacing';

describe('pacing (spec-notes #8)', () => {
  it('MANUAL takes NORMAL or QUICK', () => {
    expect(allowedPacings('DISPLAY', 'VISITING', 'MANUAL')).toEqual(['NORMAL', 'QUICK']);
    expect(allowedPacings('TALK_BIZ_BOARD', 'VISITING', 'MANUAL')).toEqual(['NORMAL', 'QUICK']);
    expect(allowedPacings('VIDEO', 'VIEW', 'MANUAL')).toEqual(['NORMAL', 'QUICK']);
    expect(checkPacing('QUICK', 'DISPLAY', 'CONVERSION', 'MANUAL')).toEqual([]);
    expect(checkPacing('NONE', 'DISPLAY', 'CONVERSION', 'MANUAL')).toEqual([
      { field: 'pacing', rule: 'pacing.notAllowed', params: { value: 'NONE' }, detailCode: 32016 },
    ]);
  });

  it('Bizboard × Conversion with MANUAL takes NONE only', () => {
    expect(allowedPacings('TALK_BIZ_BOARD', 'CONVERSION', 'MANUAL')).toEqual(['NONE']);
    expect(checkPacing('NONE', 'TALK_BIZ_BOARD', 'CONVERSION', 'MANUAL')).toEqual([]);
    expect(checkPacing('NORMAL', 'TALK_BIZ_BOARD', 'CONVERSION', 'MANUAL')[0].detailCode).toBe(32016);
  });

  it('AUTOBID takes NONE only', () => {
    expect(checkPacing('NONE', 'DISPLAY', 'VISITING', 'AUTOBID')).toEqual([]);
    expect(checkPacing('QUICK', 'DISPLAY', 'VISITING', 'AUTOBID')[0].rule).toBe('pacing.notAllowed');
  });

  it('has nothing to choose for other strategies, and requires a value', () => {
    expect(allowedPacings('DISPLAY', 'VISITING', 'OPTIMIZATION')).toEqual([]);
    expect(checkPacing(undefined, 'DISPLAY', 'VISITING', 'MANUAL')[0].rule).toBe('required');
  });

  it('defaults to the first allowed value', () => {
    expect(defaultPacing('DISPLAY', 'VISITING', 'MANUAL')).toBe('NORMAL');
    expect(defaultPacing('TALK_BIZ_BOARD', 'CONVERSION', 'MANUAL')).toBe('NONE');
    expect(defaultPacing('DISPLAY', 'VISITING', 'AUTOBID')).toBe('NONE');
  });
});
