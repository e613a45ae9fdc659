import { describe, expect, it } from 'vitest';
import { adGroupIdOf, dimensionValue, hourLabel, hourOf } from './report-facts';

describe('reading report dimensions (open questions 3 and 7)', () => {
  it('reads the ad group id in snake_case or camelCase, as a string or a number', () => {
    expect(adGroupIdOf({ ad_group_id: '12' })).toBe(12);
    expect(adGroupIdOf({ adGroupId: 13 })).toBe(13);
    expect(adGroupIdOf({ creative_id: '1' })).toBeNull();
    expect(adGroupIdOf({ ad_group_id: 'x' })).toBeNull();
  });

  it('reads a breakdown whatever the spelling of its key', () => {
    expect(dimensionValue({ age_band: '20' }, 'age')).toBe('20');
    expect(dimensionValue({ age: '30' }, 'age')).toBe('30');
    expect(dimensionValue({ deviceType: 'IOS' }, 'device')).toBe('IOS');
    expect(dimensionValue({ placement: '' }, 'placement')).toBeNull();
  });

  it('reads and writes hour labels as observed', () => {
    expect(hourLabel(7)).toBe('07:00~07:59');
    for (let h = 0; h < 24; h += 1) expect(hourOf(hourLabel(h))).toBe(h);
    expect(hourOf('24:00~24:59')).toBeNull();
    expect(hourOf('all')).toBeNull();
  });
});
