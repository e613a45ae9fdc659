import { describe, expect, it } from 'vitest';
import { parseTrackerTerm } from './tracker-term';

describe('parseTrackerTerm', () => {
  it('accepts whole days from 1 to 180 only', () => {
    expect(parseTrackerTerm(1)).toBe(1);
    expect(parseTrackerTerm('180')).toBe(180);
    expect(parseTrackerTerm(' 30 ')).toBe(30);
    for (const bad of [0, 181, -1, 1.5, '', 'abc', '7.5']) expect(parseTrackerTerm(bad)).toBeNull();
  });
});
