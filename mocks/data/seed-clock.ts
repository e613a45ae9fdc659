import { addDays } from '../../src/api/rules/schedule';

/**
 * The seed is a pure function of "today" in Asia/Seoul: the same day always gives the
 * same data, and live groups always have schedules valid for that day. Dates in the
 * seed are offsets from it.
 */
export interface SeedClock {
  today: string;
  /** today + n days, yyyy-MM-dd */
  day(n: number): string;
  /** today + n days at a wall-clock time, yyyy-MM-dd'T'HH:mm:ss */
  at(n: number, time: string): string;
}

export function seedClock(today: string): SeedClock {
  return {
    today,
    day: (n) => addDays(today, n),
    at: (n, time) => `${addDays(today, n)}T${time}`,
  };
}

/**
 * A small seeded generator (mulberry32), so the 300 generated groups vary without
 * Math.random and come out the same on every reset.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
