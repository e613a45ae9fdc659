import type { AdGroupDetail } from '../../../api/contracts/ad-group';
import type { AdGroupListItem } from '../../../api/contracts/ad-group-list';
import type { ListView } from './search-params';

/** A list item, and its detail once fetched (the list endpoint has only five fields). */
export interface AdGroupRow {
  item: AdGroupListItem;
  detail?: AdGroupDetail;
}

const collator = new Intl.Collator('ko', { numeric: true, sensitivity: 'base' });
const CONFIG_ORDER: Readonly<Record<string, number>> = { ON: 0, OFF: 1, DEL: 2 };
const SYSTEM_ORDER: Readonly<Record<string, number>> = { ON: 0, ADMIN_STOP: 1, EXTERNAL_SERVICE_STOP: 2 };
const rank = (order: Readonly<Record<string, number>>, value: string) => order[value] ?? Object.keys(order).length;

/** Case- and width-insensitive, so "SALE" finds "sale" and Hangul typed in parts still matches. */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase('ko').trim();
}

/**
 * The system status and the name search are applied here; the config filter is Kakao's
 * `config` parameter. A switched row stays until the list is refetched, so it does not
 * vanish under the person's pointer.
 */
export function filterRows(rows: readonly AdGroupRow[], view: Pick<ListView, 'systems' | 'q'>): AdGroupRow[] {
  const q = normalizeForSearch(view.q);
  return rows.filter(
    ({ item }) =>
      (view.systems.length === 0 || view.systems.some((s) => s === item.systemConfig)) &&
      (q === '' || normalizeForSearch(item.name).includes(q)),
  );
}

type Key = number | string | undefined;

function keyOf(row: AdGroupRow, sort: ListView['sort']): Key {
  switch (sort) {
    case 'name':
      return row.item.name;
    case 'status':
      return rank(CONFIG_ORDER, row.item.config) * 10 + rank(SYSTEM_ORDER, row.item.systemConfig);
    case 'budget':
      return row.detail?.dailyBudgetAmount ?? undefined;
    case 'bid':
      return row.detail?.bidAmount ?? undefined;
  }
}

function compareKeys(a: Key, b: Key): number {
  if (typeof a === 'string' && typeof b === 'string') return collator.compare(a, b);
  return Number(a) - Number(b);
}

/**
 * Sorted by the view's key. Rows whose detail has not arrived yet (budget, bid) go last in
 * either direction; ties keep a stable order by name, then id.
 */
export function sortRows(rows: readonly AdGroupRow[], view: Pick<ListView, 'sort' | 'dir'>): AdGroupRow[] {
  const sign = view.dir === 'desc' ? -1 : 1;
  return [...rows].sort((a, b) => {
    const ka = keyOf(a, view.sort);
    const kb = keyOf(b, view.sort);
    if (ka === undefined || kb === undefined) {
      if (ka !== kb) return ka === undefined ? 1 : -1;
    } else {
      const primary = compareKeys(ka, kb);
      if (primary !== 0) return sign * primary;
    }
    return collator.compare(a.item.name, b.item.name) || a.item.id - b.item.id;
  });
}
