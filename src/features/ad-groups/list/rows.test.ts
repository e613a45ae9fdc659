import { describe, expect, it } from 'vitest';
import type { AdGroupDetail } from '../../../api/contracts/ad-group';
import { filterRows, sortRows, type AdGroupRow } from './rows';

const row = (id: number, name: string, extra: Partial<AdGroupRow['item']> = {}, detail?: Partial<AdGroupDetail>): AdGroupRow => ({
  item: { id, name, config: 'ON', systemConfig: 'ON', ...extra },
  detail: detail ? ({ id, name, config: 'ON', systemConfig: 'ON', campaign: { id: 1 }, ...detail } as AdGroupDetail) : undefined,
});

const rows = [
  row(1, '봄 기획전_B', { config: 'OFF' }, { dailyBudgetAmount: 50_000, bidAmount: 300 }),
  row(2, 'Spring SALE', { systemConfig: 'ADMIN_STOP' }, { dailyBudgetAmount: 200_000, bidAmount: 100 }),
  row(3, '봄 기획전_A', {}, undefined),
  row(4, 'item 10', { config: 'DEL' }, { dailyBudgetAmount: 50_000, bidAmount: 0 }),
  row(5, 'item 9', {}, { dailyBudgetAmount: 100_000, bidAmount: 250 }),
];
const ids = (list: AdGroupRow[]) => list.map((r) => r.item.id);

describe('filterRows', () => {
  it('searches names without regard to case or width', () => {
    expect(ids(filterRows(rows, { q: 'sale', systems: [] }))).toEqual([2]);
    expect(ids(filterRows(rows, { q: ' 기획전 ', systems: [] }))).toEqual([1, 3]);
    expect(ids(filterRows(rows, { q: 'ＳＡＬＥ', systems: [] }))).toEqual([2]);
  });

  it('keeps only the chosen system statuses; none chosen means all', () => {
    expect(ids(filterRows(rows, { q: '', systems: ['ADMIN_STOP'] }))).toEqual([2]);
    expect(filterRows(rows, { q: '', systems: [] })).toHaveLength(5);
    expect(filterRows(rows, { q: 'sale', systems: ['ON'] })).toHaveLength(0);
  });
});

describe('sortRows', () => {
  it('sorts names the Korean way (Hangul first), with numbers in numeric order', () => {
    expect(ids(sortRows(rows, { sort: 'name', dir: 'asc' }))).toEqual([3, 1, 5, 4, 2]);
    expect(ids(sortRows(rows, { sort: 'name', dir: 'desc' }))).toEqual([2, 4, 5, 1, 3]);
  });

  it('sorts by status: ON, OFF, DEL, and within ON the stopped ones after the normal', () => {
    expect(ids(sortRows(rows, { sort: 'status', dir: 'asc' }))).toEqual([3, 5, 2, 1, 4]);
  });

  it('sorts by budget and bid, rows without details last in either direction', () => {
    // Equal budgets keep the name order (봄 before item) in both directions.
    expect(ids(sortRows(rows, { sort: 'budget', dir: 'asc' }))).toEqual([1, 4, 5, 2, 3]);
    expect(ids(sortRows(rows, { sort: 'budget', dir: 'desc' }))).toEqual([2, 5, 1, 4, 3]);
    expect(ids(sortRows(rows, { sort: 'bid', dir: 'desc' }))).toEqual([1, 5, 2, 4, 3]);
  });

  it('does not change the input', () => {
    const before = ids(rows);
    sortRows(rows, { sort: 'bid', dir: 'asc' });
    expect(ids(rows)).toEqual(before);
  });
});
