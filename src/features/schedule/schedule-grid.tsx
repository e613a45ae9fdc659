import { Stack, Text } from '@mantine/core';
import {
  memo,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
} from 'react';
import {
  DAYS_PER_WEEK,
  HOURS_PER_DAY,
  isOn,
  setCell,
  toggleCell,
  toggleDay,
  toggleHour,
  type ScheduleGrid as Grid,
} from './grid-model';
import { isCellPos, movePos, type GridPos } from './grid-nav';
import { useScheduleT } from './i18n';
import { ScheduleCellView } from './schedule-cell';
import { DayHeader, HourHeaderRow } from './schedule-grid-headers';
import classes from './schedule-grid.module.css';
import { SchedulePresets } from './schedule-presets';
import { ScheduleSummary } from './schedule-summary';
import { ScheduleTableReadOnly } from './schedule-table-read-only';
import { usePaintDrag } from './use-paint-drag';

const DAYS = Array.from({ length: DAYS_PER_WEEK }, (_, d) => d);
const HOURS = Array.from({ length: HOURS_PER_DAY }, (_, h) => h);
/** Painting one cell re-renders that cell only (render-count test in schedule-grid-renders.test.tsx). */
const ScheduleCell = memo(ScheduleCellView);

export interface ScheduleGridProps {
  value: Grid;
  /** Called once per click, key press, preset or finished drag; never mid-drag. */
  onChange?: (next: Grid) => void;
  /** The detail page: the same grid as a plain table, with nothing to operate. */
  readOnly?: boolean;
  /** Id of a visible label; without it the grid names itself. */
  labelId?: string;
  /** Id of an error message, added to the grid's description. */
  errorId?: string;
}

/** The focusable control (cell or header button) an event came from, as a grid position. */
function posOf(target: EventTarget | null): GridPos | null {
  const el = target instanceof Element ? target.closest<HTMLElement>('[data-row][data-col]') : null;
  return el ? { row: Number(el.dataset.row), col: Number(el.dataset.col) } : null;
}

function cellOf(target: EventTarget | null): { day: number; hour: number } | null {
  const pos = posOf(target);
  return pos && isCellPos(pos) ? { day: pos.row, hour: pos.col } : null;
}

export function ScheduleGrid({ readOnly, ...props }: ScheduleGridProps) {
  if (readOnly) {
    return (
      <Stack gap="xs">
        <ScheduleTableReadOnly value={props.value} labelId={props.labelId} />
        <ScheduleSummary value={props.value} />
      </Stack>
    );
  }
  return <EditableScheduleGrid {...props} />;
}

function EditableScheduleGrid({ value, onChange, labelId, errorId }: Omit<ScheduleGridProps, 'readOnly'>) {
  const t = useScheduleT();
  const instructionsId = useId();
  const { shown, start, extend } = usePaintDrag(value, onChange);
  const [active, setActive] = useState<GridPos>({ row: 0, col: 0 });
  const tableRef = useRef<HTMLTableElement>(null);
  // A pointer press already toggled its cell; the click that follows must not undo it.
  // A click with no press before it comes from assistive tech, and toggles.
  const pressed = useRef(false);
  const latest = useRef({ value, onChange });
  useEffect(() => {
    latest.current = { value, onChange };
  }, [value, onChange]);

  const commit = useCallback((next: Grid) => {
    if (next !== latest.current.value) latest.current.onChange?.(next);
  }, []);

  const focusPos = (pos: GridPos) =>
    tableRef.current?.querySelector<HTMLElement>(`[data-row="${pos.row}"][data-col="${pos.col}"]`)?.focus();

  const onPointerDown = (e: PointerEvent<HTMLTableElement>) => {
    const cell = cellOf(e.target);
    if (!cell || e.button !== 0) return;
    pressed.current = true;
    // Touch pointers are captured by the first cell; release them so other cells get pointerover.
    if (e.target instanceof Element && e.target.hasPointerCapture?.(e.pointerId)) {
      e.target.releasePointerCapture(e.pointerId);
    }
    start(cell);
  };

  const onPointerOver = (e: PointerEvent<HTMLTableElement>) => {
    const cell = cellOf(e.target);
    if (cell) extend(cell);
  };

  const onClick = (e: MouseEvent<HTMLTableElement>) => {
    const pos = posOf(e.target);
    const fromPointer = pressed.current;
    pressed.current = false;
    if (!pos) return;
    if (pos.row === -1) commit(toggleHour(value, pos.col));
    else if (pos.col === -1) commit(toggleDay(value, pos.row));
    else if (!fromPointer) commit(toggleCell(value, { day: pos.row, hour: pos.col }));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const pos = posOf(e.target);
    if (!pos) return;
    if (isCellPos(pos) && (e.key === ' ' || e.key === 'Enter')) {
      e.preventDefault();
      commit(toggleCell(value, { day: pos.row, hour: pos.col }));
      return;
    }
    const next = movePos(pos, e.key, e.ctrlKey || e.metaKey);
    if (!next) return;
    e.preventDefault();
    if (e.shiftKey && e.key.startsWith('Arrow') && isCellPos(pos) && isCellPos(next)) {
      // Shift+arrow carries the current cell's state onto the next one (keyboard painting).
      commit(setCell(value, { day: next.row, hour: next.col }, isOn(value, pos.row, pos.col)));
    }
    focusPos(next);
  };

  const onFocus = (e: FocusEvent<HTMLTableElement>) => {
    const pos = posOf(e.target);
    if (pos) setActive((prev) => (prev.row === pos.row && prev.col === pos.col ? prev : pos));
  };

  return (
    <Stack gap="xs">
      <SchedulePresets onPick={commit} />
      <div className={classes.scroll}>
        <table
          ref={tableRef}
          role="grid"
          aria-multiselectable
          aria-labelledby={labelId}
          aria-label={labelId ? undefined : t('label')}
          aria-describedby={[instructionsId, errorId].filter(Boolean).join(' ')}
          className={classes.table}
          onPointerDown={onPointerDown}
          onPointerOver={onPointerOver}
          onClick={onClick}
          onKeyDown={onKeyDown}
          onFocus={onFocus}
        >
          <thead>
            <HourHeaderRow activeCol={active.row === -1 ? active.col : -1} />
          </thead>
          <tbody>
            {DAYS.map((day) => (
              <tr key={day}>
                <DayHeader day={day} tabbable={active.row === day && active.col === -1} />
                {HOURS.map((hour) => (
                  <ScheduleCell
                    key={hour}
                    day={day}
                    hour={hour}
                    on={isOn(shown, day, hour)}
                    tabbable={active.row === day && active.col === hour}
                  />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Text id={instructionsId} size="xs" c="gray.7">
        {t('instructions')}
      </Text>
      <ScheduleSummary value={shown} live />
    </Stack>
  );
}
