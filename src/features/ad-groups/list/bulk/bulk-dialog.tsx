import { Button, Group, Modal, Progress, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../../components/describe-error';
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
  const { t: tc } = useTranslation();
  const status = t(`bulk.status.${item.status}`);
  if (item.status === 'skipped') return <>{`${status}: ${t(`bulk.skipReason.${item.skipReason ?? 'notAllowed'}`)}`}</>;
  if (item.status !== 'failed') return <>{status}</>;
  const error = describeError(item.error, tc);
  return (
    <>
      {status}:{' '}
      <Text span inherit lang={error.lang} c="red.9">
        {error.message}
      </Text>
    </>
  );
}

/** Progress while the bulk action runs, then a result for each group, and "retry the failed ones". */
export function BulkResultDialog({ run, onRetryFailed, onStop, onClose }: BulkResultDialogProps) {
  const { t } = useTranslation(AD_GROUPS_NAMESPACE);
  const summary = summarize(run.items);
  const percent = summary.total === 0 ? 100 : Math.round((summary.processed / summary.total) * 100);
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
        {/* The section is the progressbar: the label and the text in words go on it. */}
        <Progress.Root size="lg">
          <Progress.Section
            value={percent}
            aria-label={t('bulk.progressLabel')}
            aria-valuetext={t('bulk.progress', { done: summary.processed, total: summary.total })}
            animated={run.running}
          />
        </Progress.Root>
        <Text size="sm" role="status" aria-live="polite">
          {t('bulk.progress', { done: summary.processed, total: summary.total })}
          {' · '}
          {t('bulk.summary', { ...summary })}
        </Text>
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
