import { describe, expect, it } from 'vitest';
import { isCellPos, movePos } from './grid-nav';

describe('grid focus moves', () => {
  it('moves with arrows and stops at the edges', () => {
    expect(movePos({ row: 0, col: 0 }, 'ArrowRight', false)).toEqual({ row: 0, col: 1 });
    expect(movePos({ row: 6, col: 23 }, 'ArrowRight', false)).toEqual({ row: 6, col: 23 });
    expect(movePos({ row: 6, col: 23 }, 'ArrowDown', false)).toEqual({ row: 6, col: 23 });
    expect(movePos({ row: 0, col: 5 }, 'ArrowUp', false)).toEqual({ row: -1, col: 5 });
    expect(movePos({ row: 3, col: 0 }, 'ArrowLeft', false)).toEqual({ row: 3, col: -1 });
  });

  it('never lands on the empty corner', () => {
    expect(movePos({ row: 0, col: -1 }, 'ArrowUp', false)).toEqual({ row: 0, col: -1 });
    expect(movePos({ row: -1, col: 0 }, 'ArrowLeft', false)).toEqual({ row: -1, col: 0 });
  });

  it('Home/End go to the row’s first/last hour; with Ctrl, to the grid’s', () => {
    expect(movePos({ row: 2, col: 7 }, 'Home', false)).toEqual({ row: 2, col: 0 });
    expect(movePos({ row: 2, col: 7 }, 'End', false)).toEqual({ row: 2, col: 23 });
    expect(movePos({ row: 2, col: 7 }, 'Home', true)).toEqual({ row: 0, col: 0 });
    expect(movePos({ row: 2, col: 7 }, 'End', true)).toEqual({ row: 6, col: 23 });
    expect(movePos({ row: 2, col: 7 }, 'a', false)).toBeNull();
  });

  it('tells cells from headers', () => {
    expect(isCellPos({ row: 0, col: 0 })).toBe(true);
    expect(isCellPos({ row: -1, col: 0 })).toBe(false);
    expect(isCellPos({ row: 0, col: -1 })).toBe(false);
  });
});
