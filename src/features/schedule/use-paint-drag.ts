import { useCallback, useEffect, useRef, useState } from 'react';
import { isOn, paintRect, sameGrid, type GridCell, type ScheduleGrid } from './grid-model';

interface Drag {
  anchor: GridCell;
  on: boolean;
  base: ScheduleGrid;
  painted: ScheduleGrid;
  stop: () => void;
}

/**
 * Drag-to-paint with the drag kept LOCAL: while the pointer moves, only this hook's
 * draft changes (so only the cells whose state flips re-render), and `onChange` runs
 * once, when the pointer is released, anywhere in the window.
 *
 * The first cell decides the paint: it flips, and every cell of the rectangle from it
 * to the pointer takes that new state.
 */
export function usePaintDrag(value: ScheduleGrid, onChange: ((next: ScheduleGrid) => void) | undefined) {
  const [draft, setDraft] = useState<ScheduleGrid | null>(null);
  const drag = useRef<Drag | null>(null);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);
  // A drag still running when the grid unmounts must not leave window listeners behind.
  useEffect(() => () => drag.current?.stop(), []);

  const start = useCallback(
    (cell: GridCell) => {
      drag.current?.stop();
      const on = !isOn(value, cell.day, cell.hour);
      const painted = paintRect(value, cell, cell, on);
      // Listeners go on the window at once (not in an effect) so a release outside the
      // grid, or one arriving before React commits, still ends the drag.
      const end = () => {
        const d = drag.current;
        d?.stop();
        setDraft(null);
        if (d && !sameGrid(d.painted, d.base)) onChangeRef.current?.(d.painted);
      };
      const stop = () => {
        window.removeEventListener('pointerup', end);
        window.removeEventListener('pointercancel', end);
        drag.current = null;
      };
      window.addEventListener('pointerup', end);
      window.addEventListener('pointercancel', end);
      drag.current = { anchor: cell, on, base: value, painted, stop };
      setDraft(painted);
    },
    [value],
  );

  const extend = useCallback((cell: GridCell) => {
    const d = drag.current;
    if (!d) return;
    const painted = paintRect(d.base, d.anchor, cell, d.on);
    if (sameGrid(painted, d.painted)) return;
    d.painted = painted;
    setDraft(painted);
  }, []);

  return { shown: draft ?? value, start, extend };
}
