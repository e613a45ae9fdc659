import { Button, Group, Modal, ScrollArea, Stack, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BulkProgress, RowResult } from '../../../../components/bulk-progress';
import { AD_GROUPS_NAMESPACE } from '../messages';
import { summarize, type BulkItem } from './plan-bulk';
import type { BulkRun } from './use-bulk-action';

export interface BulkResultDialogProps {
  run: BulkRun;
  onRetryFailed: () => void;
  onStop: () => void;
  onClose: () => void;
}

function ResultCell({ item }: { item: BulkItem }) {
  const { t } = useTranslation(AD_GROUPS_NAMESPACE);
  const status = t(`bulk.status.${item.status}`);
  if (item.status === 'skipped') return <>{`${status}: ${t(`bulk.skipReason.${item.skipReason ?? 'notAllowed'}`)}`}</>;
  return <RowResult status={status} failed={item.status === 'failed'} error={item.error} />;
}

/** Progress while the bulk action runs, then a result for each group, and "retry the failed ones". */
export function BulkResultDialog({ run, onRetryFailed, onStop, onClose }: BulkResultDialogProps) {
  const { t } = useTranslation(AD_GROUPS_NAMESPACE);
  const summary = summarize(run.items);
  return (
    <Modal
      opened
      onClose={run.running ? () => {} : onClose}
      // The footer's Close (and Esc) close it; a second "Close" button would be ambiguous.
      withCloseButton={false}
      title={t('bulk.resultTitle')}
      size="lg"
      centered
    >
      <Stack>
        <BulkProgress
          processed={summary.processed}
          total={summary.total}
          running={run.running}
          label={t('bulk.progressLabel')}
          valueText={t('bulk.progress', { done: summary.processed, total: summary.total })}
        >
          {' · '}
          {t('bulk.summary', { ...summary })}
        </BulkProgress>
        <ScrollArea.Autosize mah={320}>
          <Table>
            <Table.Caption>{t('bulk.results')}</Table.Caption>
            <Table.Tbody>
              {run.items.map((item) => (
                <Table.Tr key={item.target.id} data-testid={`bulk-result-${item.target.id}`} data-status={item.status}>
                  <Table.Th scope="row" fw={500}>
                    {item.target.name}
                  </Table.Th>
                  <Table.Td>
                    <ResultCell item={item} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
        <Group justify="flex-end">
          {run.running ? (
            <Button variant="default" onClick={onStop}>
              {t('bulk.stop')}
            </Button>
          ) : (
            <>
              {summary.failed > 0 && (
                <Button variant="light" onClick={onRetryFailed}>
                  {t('bulk.retryFailed', { count: summary.failed })}
                </Button>
              )}
              <Button onClick={onClose} data-autofocus>
                {t('bulk.close')}
              </Button>
            </>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
