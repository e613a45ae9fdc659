import { useDayNames, useHourRangeLabel, useScheduleT } from './i18n';
import classes from './schedule-grid.module.css';

export interface ScheduleCellProps {
  day: number;
  hour: number;
  on: boolean;
  /** The roving tab stop: exactly one control of the grid has tabIndex 0. */
  tabbable: boolean;
}

/**
 * One hour of one day. Props are primitives only and every handler is delegated to the
 * table, so the grid's `memo(ScheduleCellView)` re-renders just the cells whose state or
 * tab stop changed (the memo lives in the grid so a test can count this view's renders).
 * ARIA: `gridcell` + `aria-selected` in an `aria-multiselectable` grid (axe rejects
 * `aria-checked` on gridcell); the name repeats the state for screen readers that
 * don't announce selection.
 */
export function ScheduleCellView({ day, hour, on, tabbable }: ScheduleCellProps) {
  const t = useScheduleT();
  const dayNames = useDayNames('dayLong');
  const range = useHourRangeLabel();
  return (
    <td
      role="gridcell"
      className={classes.cell}
      aria-selected={on}
      aria-label={t('cell', { day: dayNames[day], range: range(hour), state: t(on ? 'state.on' : 'state.off') })}
      tabIndex={tabbable ? 0 : -1}
      data-row={day}
      data-col={hour}
      data-on={on || undefined}
    />
  );
}
