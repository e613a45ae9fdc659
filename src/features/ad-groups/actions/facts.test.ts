import { describe, expect, it } from 'vitest';
import { parseAmount } from './facts';

describe('parseAmount', () => {
  it('reads won as people type them', () => {
    expect(parseAmount('20000')).toBe(20_000);
    expect(parseAmount(' 20,000 ')).toBe(20_000);
    expect(parseAmount('₩1,500')).toBe(1_500);
    expect(parseAmount('300원')).toBe(300);
  });

  it('gives NaN for anything that is not a whole amount', () => {
    expect(parseAmount('')).toBeNaN();
    expect(parseAmount('12.5')).toBeNaN();
    expect(parseAmount('-100')).toBeNaN();
    expect(parseAmount('abc')).toBeNaN();
  });
});
