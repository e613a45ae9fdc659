import { useEffect, useEffectEvent, useMemo, useState } from 'react';
import { DEFAULT_VIEW, type ListView, type SortKey } from './search-params';

/** Sorts that read a detail field: they wait until every row of the view has its detail. */
const DETAIL_SORTS: readonly SortKey[] = ['budget', 'bid'];
export const isDetailSort = (sort: SortKey) => DETAIL_SORTS.includes(sort);

type Order = Pick<ListView, 'sort' | 'dir'>;
const DEFAULT_ORDER: Order = { sort: DEFAULT_VIEW.sort, dir: DEFAULT_VIEW.dir };

/**
 * The order the table shows. A sort by a detail column waits for the fill: until then the
 * rows keep the last complete order (so nothing jumps as details arrive), and cancelling
 * returns the URL to it.
 */
export function useWholeViewSort(view: ListView, complete: boolean, onViewChange: (view: ListView) => void) {
  const waiting = isDetailSort(view.sort) && !complete;
  const [last, setLast] = useState<Order>(DEFAULT_ORDER);
  if (!waiting && (last.sort !== view.sort || last.dir !== view.dir)) setLast({ sort: view.sort, dir: view.dir });
  // A detail order from before the view changed is half an order now: fall back to the default.
  const fallback = isDetailSort(last.sort) ? DEFAULT_ORDER : last;
  const applied = useMemo(() => (waiting ? { ...view, ...fallback } : view), [waiting, view, fallback]);
  return {
    applied,
    waiting,
    cancel: () => onViewChange({ ...view, ...fallback }),
  };
}

/** The CSV export, once every detail of the view is in; cancellable while it waits. */
export function useExportWhenFilled(complete: boolean, exportNow: () => void) {
  const [waiting, setWaiting] = useState(false);
  // How many waiting exports the fill has released; each one downloads once, after render.
  const [released, setReleased] = useState(0);
  if (waiting && complete) {
    setWaiting(false);
    setReleased((n) => n + 1);
  }
  const download = useEffectEvent(exportNow);
  useEffect(() => {
    if (released > 0) download();
  }, [released]);
  return {
    waiting: waiting && !complete,
    request: () => (complete ? exportNow() : setWaiting(true)),
    cancel: () => setWaiting(false),
  };
}
