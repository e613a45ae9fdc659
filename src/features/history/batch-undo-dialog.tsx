import { Button, Checkbox, Group, Modal, Progress, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../components/describe-error';
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
  const { t: common } = useTranslation();
  if (!item) return null;
  const status = t(`batch.status.${item.status}`);
  if (item.status !== 'failed') return <>{status}</>;
  const error = describeError(item.error, common);
  return (
    <>
      {status}:{' '}
      <Text span inherit lang={error.lang} c="red.9">
        {error.message}
      </Text>
    </>
  );
}

/** Undo a whole bulk action: what each row will do, then progress and a result per row. */
export function BatchUndoDialog({ adAccountId, batchId, onClose }: { adAccountId: number; batchId: string; onClose: () => void }) {
  const t = useHistoryT();
  const { t: common } = useTranslation();
  const batch = useBatchUndo(adAccountId, batchId);
  const rows = batch.plans.data ?? [];
  const summary = batch.summary;
  const percent = summary && summary.total > 0 ? Math.round((summary.processed / summary.total) * 100) : 0;
  return (
    <Modal opened onClose={batch.running ? () => {} : onClose} title={t('batch.title')} size="xl" centered closeButtonProps={{ 'aria-label': common('actions.close') }}>
      <Stack>
        {batch.plans.isPending ? (
          <LoadingSkeleton rows={3} label={t('page.loading')} />
        ) : batch.plans.isError ? (
          <ErrorState error={batch.plans.error} onRetry={() => void batch.plans.refetch()} />
        ) : (
          <>
            <Text>{t('batch.intro', { count: rows.length })}</Text>
            {summary && (
              <>
                <Progress.Root size="lg">
                  <Progress.Section value={percent} aria-label={t('batch.title')} aria-valuetext={t('batch.progress', { ...summary })} animated={batch.running} />
                </Progress.Root>
                <Text size="sm" role="status" aria-live="polite">
                  {t('batch.progress', { ...summary })}
                </Text>
              </>
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
