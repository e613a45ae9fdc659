import { describe, expect, it } from 'vitest';
import { columnsFor } from './columns';

const keys = (campaignType: string, goal: string) => columnsFor({ campaignType, goal }).map((c) => c.key);

describe('columnsFor', () => {
  it('shows no daily budget or pacing for Message groups, which have neither', () => {
    expect(keys('TALK_CHANNEL', 'REACH')).not.toContain('dailyBudget');
    expect(keys('TALK_CHANNEL', 'REACH')).not.toContain('pacing');
    expect(keys('TALK_CHANNEL', 'REACH')).toContain('bid');
  });

  it('shows every column for Display groups, and before the campaign is known', () => {
    expect(keys('DISPLAY', 'VISITING')).toEqual(expect.arrayContaining(['dailyBudget', 'pacing', 'actions']));
    expect(columnsFor(null)).toBe(columnsFor({ campaignType: 'DISPLAY', goal: 'VISITING' }));
  });

  it('sizes the fixed columns to leave the name room inside a 1280 px laptop (1248 px of page)', () => {
    const fixed = columnsFor(null).reduce((sum, column) => sum + (column.width ?? 0), 0);
    expect(fixed).toBeLessThanOrEqual(1248 - 200);
  });
});
