import { Checkbox, Table, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignFacts } from '../actions/facts';
import { AdGroupRowView, ROW_HEIGHT } from './ad-group-row';
import { columnsFor } from './columns';
import { AD_GROUPS_NAMESPACE } from './messages';
import type { AdGroupRow } from './rows';
import type { ListView, SortKey } from './search-params';
import { useFetchRowDetails, useRetryRowDetail } from './use-row-details';

export interface AdGroupTableProps {
  adAccountId: number;
  campaignId: number;
  campaign: CampaignFacts | null;
  rows: readonly AdGroupRow[];
  /** Failed detail reads, by id. */
  failures: ReadonlyMap<number, unknown>;
  view: ListView;
  onSort: (sort: SortKey) => void;
  selected: ReadonlySet<number>;
  onSelect: (id: number, selected: boolean) => void;
  onSelectAll: (selected: boolean) => void;
}

/** Rows this far beyond the screen are rendered (not fetched), so scrolling shows no gaps. */
const OVERSCAN = 8;
/** Details are fetched for the rows on screen once scrolling pauses this long. */
const SETTLE_MS = 150;

function SortHeader({ label, sort, view, onSort }: { label: string; sort: SortKey; view: ListView; onSort: (s: SortKey) => void }) {
  const active = view.sort === sort;
  return (
    <UnstyledButton onClick={() => onSort(sort)} fw={700} fz="sm">
      {label}
      <span aria-hidden> {active ? (view.dir === 'asc' ? '▲' : '▼') : '↕'}</span>
    </UnstyledButton>
  );
}

/**
 * The ad groups as one table, virtualized against the window (docs/decisions/0003):
 * only the rows near the screen are in the DOM, and only those on screen fetch details.
 */
export function AdGroupTable(props: AdGroupTableProps) {
  const { adAccountId, campaignId, campaign, rows, failures, view, onSort, selected, onSelect, onSelectAll } = props;
  const { t } = useTranslation(AD_GROUPS_NAMESPACE);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  const anySelected = selected.size > 0;
  const columns = columnsFor(campaign);
  const shown = useMemo(() => new Set(columns.map((column) => column.key)), [columns]);
  // What sits above the table (the toolbar wrapping, the bulk bar) moves it: keep the offset current.
  useLayoutEffect(() => {
    const measure = () => {
      const top = (bodyRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
      setScrollMargin((current) => (Math.abs(top - current) > 1 ? top : current));
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [rows, anySelected]);

  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    scrollMargin,
    getItemKey: (index) => rows[index]?.item.id ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const range = virtualizer.calculateRange();
  const onScreen = range ? rows.slice(range.startIndex, range.endIndex + 1) : [];
  const [settledKey] = useDebouncedValue(onScreen.map((r) => r.item.id).join(','), SETTLE_MS);
  const visibleIds = useMemo(() => (settledKey === '' ? [] : settledKey.split(',').map(Number)), [settledKey]);
  useFetchRowDetails(adAccountId, visibleIds);
  const onRetry = useRetryRowDetail(adAccountId);

  const paddingTop = items.length > 0 ? items[0].start - scrollMargin : 0;
  const paddingBottom = items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1].end - scrollMargin) : 0;
  const selectedShown = rows.filter((r) => selected.has(r.item.id)).length;
  const spacer = (height: number) =>
    height > 0 && (
      <tr aria-hidden>
        <td colSpan={columns.length} style={{ height, padding: 0, border: 0 }} />
      </tr>
    );

  return (
    // Scrolls sideways only below the widths columns.ts is sized for (phones, split screens).
    <div style={{ overflowX: 'auto' }}>
      <Table aria-rowcount={rows.length + 1} verticalSpacing={6} highlightOnHover style={{ tableLayout: 'fixed', minWidth: 1200 }}>
        <Table.Caption>{t('list.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            {columns.map((column) => (
              <Table.Th
                key={column.key}
                scope="col"
                w={column.width}
                aria-sort={column.sort && view.sort === column.sort ? (view.dir === 'asc' ? 'ascending' : 'descending') : undefined}
              >
                {column.key === 'select' ? (
                  <Checkbox
                    checked={rows.length > 0 && selectedShown === rows.length}
                    indeterminate={selectedShown > 0 && selectedShown < rows.length}
                    onChange={(event) => onSelectAll(event.currentTarget.checked)}
                    aria-label={t('list.selectAll', { count: rows.length })}
                  />
                ) : column.sort ? (
                  <SortHeader label={t(`list.columns.${column.key}`)} sort={column.sort} view={view} onSort={onSort} />
                ) : (
                  t(`list.columns.${column.key}`)
                )}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody ref={bodyRef}>
          {spacer(paddingTop)}
          {items.map((virtual) => {
            const row = rows[virtual.index];
            return (
              <AdGroupRowView
                key={row.item.id}
                adAccountId={adAccountId}
                campaignId={campaignId}
                campaign={campaign}
                row={row}
                failure={failures.get(row.item.id)}
                onRetry={onRetry}
                selected={selected.has(row.item.id)}
                onSelect={onSelect}
                ariaRowIndex={virtual.index + 2}
                columns={shown}
              />
            );
          })}
          {spacer(paddingBottom)}
        </Table.Tbody>
      </Table>
    </div>
  );
}
