import { describe, expect, it } from 'vitest';
import { compactJson } from './compact-json';

describe('compactJson', () => {
  const hours = Array.from({ length: 24 }, (_, h) => (h < 9 ? 0 : 1));
  const body = { name: '봄', schedule: { mondayTime: hours, tuesdayTime: hours, endDate: undefined }, targeting: { ages: [], locations: [{ id: 'I' }] } };

  it('is valid JSON of the same value', () => {
    expect(JSON.parse(compactJson(body))).toEqual(JSON.parse(JSON.stringify(body)));
  });

  it('keeps a day’s 24 hour flags on one line', () => {
    const lines = compactJson(body).split('\n');
    expect(lines).toContain(`    "mondayTime": [${hours.join(', ')}],`);
    expect(lines.length).toBeLessThan(20);
  });
});
