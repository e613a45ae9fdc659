import { beforeEach, describe, expect, it } from 'vitest';
import { nextWriteAt, noteWrite, resetWriteClock, secondsUntil } from './write-clock';

beforeEach(resetWriteClock);

describe('write clock', () => {
  it('opens the next slot 5 s after a write, per account', () => {
    expect(nextWriteAt(1)).toBe(0);
    noteWrite(1, 10_000);
    expect(nextWriteAt(1)).toBe(15_000);
    expect(nextWriteAt(2)).toBe(0);
  });

  it('counts whole seconds up, and 0 once passed', () => {
    expect(secondsUntil(15_000, 10_000)).toBe(5);
    expect(secondsUntil(15_000, 14_001)).toBe(1);
    expect(secondsUntil(15_000, 15_000)).toBe(0);
  });
});
