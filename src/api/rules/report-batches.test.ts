import { describe, expect, it } from 'vitest';
import { reportBatches } from './report-batches';
import { REPORT_IDS_PER_CALL } from './report-facts';

const ids = (n: number) => Array.from({ length: n }, (_, i) => 1000 + i);

describe('report batches', () => {
  it('cuts the ids into calls of the documented size, in the order given', () => {
    const batches = reportBatches(ids(300));
    expect(batches).toHaveLength(Math.ceil(300 / REPORT_IDS_PER_CALL));
    expect(batches.every((b) => b.length <= REPORT_IDS_PER_CALL)).toBe(true);
    expect(batches.flat()).toEqual(ids(300));
    expect(reportBatches([5, 3, 9, 1], 3)).toEqual([[5, 3, 9], [1]]);
  });

  it('sends a duplicate once, and nothing for no ids', () => {
    expect(reportBatches([1, 2, 1, 3], 2)).toEqual([[1, 2], [3]]);
    expect(reportBatches([])).toEqual([]);
  });

  it('refuses a size that is not a positive integer', () => {
    expect(() => reportBatches([1], 0)).toThrow();
    expect(() => reportBatches([1], 1.5)).toThrow();
  });
});
