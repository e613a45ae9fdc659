import { describe, expect, it } from 'vitest';
import { everyHour, noHours, paintRect, toggleCell, weekdays0918, weekends } from './grid-model';
import { dayGroups, describeGrid, formatHourRange, hourRanges } from './grid-summary';

const EN = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const KO = ['월', '화', '수', '목', '금', '토', '일'];

describe('summary', () => {
  it('groups consecutive identical days: "Mon–Fri 09–19"', () => {
    expect(describeGrid(weekdays0918, EN)).toEqual(['Mon–Fri 09–19']);
    expect(describeGrid(weekdays0918, KO)).toEqual(['월–금 09–19']);
    expect(describeGrid(weekends, EN)).toEqual(['Sat–Sun 00–24']);
  });

  it('lists split ranges and single days', () => {
    let g = paintRect(noHours, { day: 2, hour: 10 }, { day: 2, hour: 11 }, true);
    g = paintRect(g, { day: 2, hour: 14 }, { day: 2, hour: 15 }, true);
    g = toggleCell(g, { day: 6, hour: 23 });
    expect(hourRanges(g, 2)).toEqual([
      { from: 10, to: 12 },
      { from: 14, to: 16 },
    ]);
    expect(describeGrid(g, EN)).toEqual(['Wed 10–12, 14–16', 'Sun 23–24']);
  });

  it('does not join days across an empty day', () => {
    const g = toggleCell(toggleCell(noHours, { day: 0, hour: 1 }), { day: 2, hour: 1 });
    expect(dayGroups(g).map((x) => [x.fromDay, x.toDay])).toEqual([
      [0, 0],
      [2, 2],
    ]);
  });

  it('covers the edges', () => {
    expect(describeGrid(noHours, EN)).toEqual([]);
    expect(describeGrid(everyHour, EN)).toEqual(['Mon–Sun 00–24']);
    expect(formatHourRange({ from: 0, to: 1 })).toBe('00–01');
  });
});
