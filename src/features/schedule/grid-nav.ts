import { DAYS_PER_WEEK, HOURS_PER_DAY } from './grid-model';

/**
 * A focus position in the editable grid. Row -1 is the header row of hour buttons and
 * column -1 the column of day buttons; the corner (-1, -1) holds no control. The whole
 * grid, headers included, is one tab stop (roving tabindex).
 */
export interface GridPos {
  row: number;
  col: number;
}

const LAST_ROW = DAYS_PER_WEEK - 1;
const LAST_COL = HOURS_PER_DAY - 1;

export function isCellPos(pos: GridPos): boolean {
  return pos.row >= 0 && pos.col >= 0;
}

/**
 * Where a key moves focus, or null when the key is not a move. Arrows stop at the
 * edges. Home/End go to the first/last HOUR of the row (the day button is one more
 * ArrowLeft away, so Home in a data row lands on a cell, the common intent);
 * Ctrl+Home/End go to Monday 00 and Sunday 23.
 */
export function movePos(pos: GridPos, key: string, ctrl: boolean): GridPos | null {
  const { row, col } = pos;
  switch (key) {
    case 'ArrowUp':
      return { row: Math.max(row - 1, col < 0 ? 0 : -1), col };
    case 'ArrowDown':
      return { row: Math.min(row + 1, LAST_ROW), col };
    case 'ArrowLeft':
      return { row, col: Math.max(col - 1, row < 0 ? 0 : -1) };
    case 'ArrowRight':
      return { row, col: Math.min(col + 1, LAST_COL) };
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : { row, col: 0 };
    case 'End':
      return ctrl ? { row: LAST_ROW, col: LAST_COL } : { row, col: LAST_COL };
    default:
      return null;
  }
}
