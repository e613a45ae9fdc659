import { Button, Group, Progress, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AD_GROUPS_NAMESPACE } from './messages';
import type { FillProgress } from './use-detail-fill';

export interface FillStatusProps {
  progress: FillProgress;
  /** The detail column a sort waits for (its header label), if any. */
  sortWaitsFor: string | null;
  exportWaits: boolean;
  onCancelSort: () => void;
  onCancelExport: () => void;
}

/**
 * "Details 120 / 279" while the whole-view fill runs, and what waits for it (a sort by a
 * detail column, the CSV), each with a cancel. One live region, present from the start, so
 * screen readers hear the progress and the end.
 */
export function FillStatus({ progress, sortWaitsFor, exportWaits, onCancelSort, onCancelExport }: FillStatusProps) {
  const { t } = useTranslation(AD_GROUPS_NAMESPACE);
  const counts = { done: progress.done, total: progress.total };
  return (
    <div role="status" aria-live="polite">
      {progress.complete ? (
        progress.total > 0 && <VisuallyHidden>{t('list.fill.complete', counts)}</VisuallyHidden>
      ) : (
        <Stack gap={4} maw={480}>
          <Group gap="sm" wrap="wrap">
            <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {t('list.fill.progress', counts)}
            </Text>
            {sortWaitsFor && (
              <Group gap={6}>
                <Text size="sm">{t('list.fill.sortWaits', { column: sortWaitsFor })}</Text>
                <Button size="compact-sm" variant="default" onClick={onCancelSort}>
                  {t('list.fill.cancelSort')}
                </Button>
              </Group>
            )}
            {exportWaits && (
              <Group gap={6}>
                <Text size="sm">{t('list.fill.exportWaits')}</Text>
                <Button size="compact-sm" variant="default" onClick={onCancelExport}>
                  {t('list.fill.cancelExport')}
                </Button>
              </Group>
            )}
          </Group>
          <Progress value={progress.total === 0 ? 0 : (100 * progress.done) / progress.total} size="sm" aria-hidden />
        </Stack>
      )}
    </div>
  );
}
