import { Button, Checkbox, Group, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { BulkProgress, RowResult } from '../../components/bulk-progress';
import { ErrorState } from '../../components/error-state';
import { LoadingSkeleton } from '../../components/loading-skeleton';
import type { BulkItem } from '../ad-groups/list/bulk/plan-bulk';
import { fieldLabel, formatValue } from './format-change';
import { useHistoryT } from './messages';
import { useBatchUndo, type BatchRow } from './use-batch-undo';

function PlanCell({ row, forced, onToggle, locked }: { row: BatchRow; forced: boolean; onToggle: () => void; locked: boolean }) {
  const t = useHistoryT();
  const { plan } = row;
  if (plan.status === 'ready') return null;
  if (plan.status !== 'conflict') return <>{t(`batch.skip.${plan.status === 'alreadyUndone' ? 'alreadyUndone' : plan.status === 'refused' ? 'refused' : 'notUndoable'}`)}</>;
  const values = plan.conflicts.map((c) => `${fieldLabel(c.field, t)}: ${t('undo.before')} ${formatValue(c.field, c.before, t)} · ${t('undo.after')} ${formatValue(c.field, c.after, t)} · ${t('undo.now')} ${formatValue(c.field, c.now, t)}`);
  return (
    <Stack gap={4}>
      <Text size="sm">{`${t('batch.skip.conflict')} — ${values.join('; ')}`}</Text>
      <Checkbox size="xs" label={t('batch.forceConflict')} checked={forced} onChange={onToggle} disabled={locked} />
    </Stack>
  );
}

function StatusCell({ item }: { item: BulkItem | undefined }) {
  const t = useHistoryT();
  if (!item) return null;
  return <RowResult status={t(`batch.status.${item.status}`)} failed={item.status === 'failed'} error={item.error} />;
}

/** Undo a whole bulk action: what each row will do, then progress and a result per row. */
export function BatchUndoDialog({ adAccountId, batchId, onClose }: { adAccountId: number; batchId: string; onClose: () => void }) {
  const t = useHistoryT();
  const batch = useBatchUndo(adAccountId, batchId);
  const rows = batch.plans.data ?? [];
  const summary = batch.summary;
  return (
    // The footer's Close (and Esc) close it, as in the bulk action's own dialog: one "Close", not two.
    <Modal opened onClose={batch.running ? () => {} : onClose} withCloseButton={false} title={t('batch.title')} size="xl" centered>
      <Stack>
        {batch.plans.isPending ? (
          <LoadingSkeleton rows={3} label={t('page.loading')} />
        ) : batch.plans.isError ? (
          <ErrorState error={batch.plans.error} onRetry={() => void batch.plans.refetch()} />
        ) : (
          <>
            <Text>{t('batch.intro', { count: rows.length })}</Text>
            {summary && (
              <BulkProgress
                processed={summary.processed}
                total={summary.total}
                running={batch.running}
                label={t('batch.title')}
                valueText={t('batch.progress', { ...summary })}
              />
            )}
            <ScrollArea.Autosize mah={360}>
              <Table aria-label={t('batch.title')}>
                <Table.Tbody>
                  {rows.map((row) => (
                    <Table.Tr key={row.record.id} data-testid={`undo-row-${row.record.adGroupId}`}>
                      <Table.Th scope="row" fw={500}>
                        {row.record.adGroupName ?? row.record.adGroupId}
                      </Table.Th>
                      <Table.Td>
                        <PlanCell row={row} forced={batch.forced.has(row.record.id)} onToggle={() => batch.toggleForced(row.record.id)} locked={batch.items !== null} />
                      </Table.Td>
                      <Table.Td>
                        <StatusCell item={batch.items?.find((item) => item.target.id === row.record.adGroupId)} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={batch.running} data-autofocus>
            {t('batch.close')}
          </Button>
          {batch.items === null && (
            <Button onClick={() => void batch.start()} disabled={batch.sendable === 0}>
              {t('batch.start', { count: batch.sendable })}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
