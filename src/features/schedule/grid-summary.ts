import { HOURS_PER_DAY, isOn, type ScheduleGrid } from './grid-model';

/** Hours `from` to `to` of a day, `to` exclusive: {9, 19} is 09:00–18:59, shown "09–19". */
export interface HourRange {
  from: number;
  to: number;
}

/** Consecutive days (Monday = 0) sharing the same hours. */
export interface DayGroup {
  fromDay: number;
  toDay: number;
  ranges: HourRange[];
}

export function hourRanges(g: ScheduleGrid, day: number): HourRange[] {
  const out: HourRange[] = [];
  for (let h = 0; h < HOURS_PER_DAY; h += 1) {
    if (!isOn(g, day, h)) continue;
    const last = out[out.length - 1];
    if (last && last.to === h) last.to = h + 1;
    else out.push({ from: h, to: h + 1 });
  }
  return out;
}

/**
 * Runs of days with identical hours, Monday first; days with no hours are left out.
 * A week is read Monday to Sunday, as the grid shows it, so Sunday never joins Monday.
 */
export function dayGroups(g: ScheduleGrid): DayGroup[] {
  const out: DayGroup[] = [];
  g.forEach((mask, day) => {
    if (mask === 0) return;
    const last = out[out.length - 1];
    if (last && last.toDay === day - 1 && g[last.fromDay] === mask) last.toDay = day;
    else out.push({ fromDay: day, toDay: day, ranges: hourRanges(g, day) });
  });
  return out;
}

function pad(hour: number): string {
  return String(hour).padStart(2, '0');
}

export function formatHourRange({ from, to }: HourRange): string {
  return `${pad(from)}–${pad(to)}`;
}

/**
 * One line per day group, e.g. ["Mon–Fri 09–19", "Sat 10–12, 14–16"]. Day names come
 * from the caller (localized); the model stays free of i18n.
 */
export function describeGrid(g: ScheduleGrid, dayNames: readonly string[]): string[] {
  return dayGroups(g).map(({ fromDay, toDay, ranges }) => {
    const days = fromDay === toDay ? dayNames[fromDay] : `${dayNames[fromDay]}–${dayNames[toDay]}`;
    return `${days} ${ranges.map(formatHourRange).join(', ')}`;
  });
}
