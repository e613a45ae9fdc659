import { adGroupKindOf } from '../../../api/rules/campaign-kind';
import type { CampaignFacts } from '../actions/facts';
import type { SortKey } from './search-params';

export interface Column {
  key: ColumnKey;
  /** px; none: the name takes what the others leave, so the table fills any width. */
  width?: number;
  sort?: SortKey;
}

export type ColumnKey =
  | 'select'
  | 'name'
  | 'config'
  | 'systemConfig'
  | 'dailyBudget'
  | 'bid'
  | 'pacing'
  | 'schedule'
  | 'creatives'
  | 'actions';

/**
 * Fixed widths add up to 1040 px, so with the name's share the table fits the 1248 px a
 * 1280 px laptop leaves inside the page's margins, with no sideways scroll.
 */
const ALL_COLUMNS: readonly Column[] = [
  { key: 'select', width: 40 },
  { key: 'name', sort: 'name' },
  { key: 'config', width: 120, sort: 'status' },
  { key: 'systemConfig', width: 120 },
  { key: 'dailyBudget', width: 130, sort: 'budget' },
  { key: 'bid', width: 140, sort: 'bid' },
  { key: 'pacing', width: 110 },
  { key: 'schedule', width: 150 },
  { key: 'creatives', width: 60 },
  { key: 'actions', width: 170 },
];

/** Message groups have neither a daily budget nor pacing (they pay per message sent). */
const MESSAGE_COLUMNS = ALL_COLUMNS.filter((column) => column.key !== 'dailyBudget' && column.key !== 'pacing');

/** The same array for the same kind, so rows (memoized) are not redrawn for nothing. */
export function columnsFor(campaign: CampaignFacts | null): readonly Column[] {
  return campaign && adGroupKindOf(campaign.campaignType) === 'message' ? MESSAGE_COLUMNS : ALL_COLUMNS;
}
