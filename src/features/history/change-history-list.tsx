import { Button, ScrollArea, Stack, Table } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { LoadingSkeleton } from '../../components/loading-skeleton';
import { changesQuery, type HistoryParams } from './api/changes';
import { HISTORY_NEEDS_SERVER } from './availability';
import { BatchUndoDialog } from './batch-undo-dialog';
import { HistoryRow } from './history-row';
import { useHistoryT } from './messages';
import { useUndo } from './use-undo';

export interface ChangeHistoryListProps {
  params: HistoryParams;
  /** Campaign and account pages name the group of each row; the detail tab does not need to. */
  showGroup: boolean;
  headingOrder?: 2 | 3;
}

/** The recorded changes of a scope, newest first, a page at a time, with undo on each row. */
export function ChangeHistoryList({ params, showGroup, headingOrder = 2 }: ChangeHistoryListProps) {
  const t = useHistoryT();
  const query = useInfiniteQuery({ ...changesQuery(params), enabled: !HISTORY_NEEDS_SERVER });
  const { undo, busyId, dialog } = useUndo();
  const [batchId, setBatchId] = useState<string | null>(null);

  if (HISTORY_NEEDS_SERVER) return <EmptyState title={t('page.needsServer')} description={t('page.needsServerHint')} headingOrder={headingOrder} />;
  if (query.isPending) return <LoadingSkeleton rows={4} label={t('page.loading')} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} headingOrder={headingOrder} />;
  const records = query.data.pages.flatMap((page) => page.content);
  if (records.length === 0) return <EmptyState title={t('page.empty')} description={t('page.emptyHint')} headingOrder={headingOrder} />;

  return (
    <Stack>
      <ScrollArea>
        <Table aria-label={t('table.label')} verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('table.at')}</Table.Th>
              <Table.Th scope="col">{t('table.user')}</Table.Th>
              {showGroup && <Table.Th scope="col">{t('table.adGroup')}</Table.Th>}
              <Table.Th scope="col">{t('table.action')}</Table.Th>
              <Table.Th scope="col">{t('table.change')}</Table.Th>
              <Table.Th scope="col">{t('table.outcome')}</Table.Th>
              <Table.Th scope="col">{t('table.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {records.map((record) => (
              <HistoryRow key={record.id} record={record} showGroup={showGroup} busy={busyId === record.id} onUndo={(r) => void undo(r)} onUndoBatch={setBatchId} />
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      {query.hasNextPage && (
        <Button variant="default" onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage} style={{ alignSelf: 'center' }}>
          {t('page.loadMore')}
        </Button>
      )}
      {dialog}
      {batchId && <BatchUndoDialog adAccountId={params.adAccountId} batchId={batchId} onClose={() => setBatchId(null)} />}
    </Stack>
  );
}
