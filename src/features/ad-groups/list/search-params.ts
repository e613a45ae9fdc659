import { z } from 'zod';
import { CONFIGS, SYSTEM_CONFIGS, type Config, type SystemConfig } from '../../../api/contracts/enums';
import { DEFAULT_AD_GROUP_CONFIGS } from '../api/list-ad-groups';

export const SORT_KEYS = ['name', 'status', 'budget', 'bid'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';

/** What the list shows: the filters, the search and the order. */
export interface ListView {
  /** Sent as Kakao's `config` parameter; never empty. */
  configs: Config[];
  /** Filtered here; empty means every system status. */
  systems: SystemConfig[];
  q: string;
  sort: SortKey;
  dir: SortDir;
}

export const DEFAULT_CONFIGS: readonly Config[] = DEFAULT_AD_GROUP_CONFIGS;
export const DEFAULT_VIEW: ListView = { configs: [...DEFAULT_CONFIGS], systems: [], q: '', sort: 'name', dir: 'asc' };
const MAX_QUERY_LENGTH = 100;

/**
 * The view in the URL, short and readable (`?config=ON,DEL&sort=budget&dir=desc`), with
 * defaults left out, so a bookmark or a shared link shows the same view.
 */
export interface AdGroupListSearch {
  config?: string;
  system?: string;
  q?: string;
  sort?: SortKey;
  dir?: SortDir;
}

/** Known values from a comma list (or an array), in canonical order; unknown ones dropped. */
function pickList<T extends string>(raw: unknown, known: readonly T[]): T[] {
  const parts = (Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(',') : []).map((v) => String(v).trim());
  return known.filter((value) => parts.includes(value));
}

const SortParam = z.enum(SORT_KEYS).catch(DEFAULT_VIEW.sort);
const DirParam = z.enum(['asc', 'desc']).catch(DEFAULT_VIEW.dir);
// The router reads `?q=123` as a number: a name search is text whatever it looks like.
const QueryParam = z
  .union([z.string(), z.number()])
  .transform((v) => String(v).slice(0, MAX_QUERY_LENGTH))
  .catch('');

/** Never throws: a hand-edited or outdated URL falls back to the defaults, field by field. */
export function parseListView(raw: Readonly<Record<string, unknown>>): ListView {
  const configs = pickList(raw.config, CONFIGS);
  return {
    configs: configs.length > 0 ? configs : [...DEFAULT_CONFIGS],
    systems: pickList(raw.system, SYSTEM_CONFIGS),
    q: QueryParam.parse(raw.q ?? ''),
    sort: SortParam.parse(raw.sort),
    dir: DirParam.parse(raw.dir),
  };
}

export function toSearch(view: ListView): AdGroupListSearch {
  const search: AdGroupListSearch = {};
  const configs = CONFIGS.filter((c) => view.configs.includes(c));
  if (configs.join() !== DEFAULT_CONFIGS.join() && configs.length > 0) search.config = configs.join(',');
  const systems = SYSTEM_CONFIGS.filter((s) => view.systems.includes(s));
  if (systems.length > 0) search.system = systems.join(',');
  if (view.q !== '') search.q = view.q.slice(0, MAX_QUERY_LENGTH);
  if (view.sort !== DEFAULT_VIEW.sort) search.sort = view.sort;
  if (view.dir !== DEFAULT_VIEW.dir) search.dir = view.dir;
  return search;
}

/** The route's `validateSearch`: any input in, the canonical typed search out. */
export function validateAdGroupListSearch(raw: Record<string, unknown>): AdGroupListSearch {
  return toSearch(parseListView(raw));
}

export function isDefaultView(view: ListView): boolean {
  return Object.keys(toSearch(view)).length === 0;
}

/** Whether anything narrows the list (the order does not). */
export function hasFilters(view: ListView): boolean {
  return !isDefaultView({ ...view, sort: DEFAULT_VIEW.sort, dir: DEFAULT_VIEW.dir });
}

/** The filters only (not the order): what "clear filters" resets. */
export function clearFilters(view: ListView): ListView {
  return { ...view, configs: [...DEFAULT_CONFIGS], systems: [], q: '' };
}
