import { Button, Paper, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../components/describe-error';
import { LoadingSkeleton } from '../../components/loading-skeleton';

export interface LookupStateProps<T> {
  query: UseQueryResult<T>;
  /** Announced while loading, e.g. "Loading customer files…". */
  loadingLabel: string;
  /** Shown when the data is an empty list. */
  emptyText: string;
  isEmpty?: (data: T) => boolean;
  children: (data: T) => ReactNode;
}

/**
 * Loading, error (Kakao's detailMsg when present, with a retry) and empty states of a
 * look-up, sized for a section of a form rather than a page.
 */
export function LookupState<T>({ query, loadingLabel, emptyText, isEmpty, children }: LookupStateProps<T>) {
  const { t } = useTranslation();
  if (query.isPending) return <LoadingSkeleton rows={2} label={loadingLabel} />;
  if (query.isError) {
    const { message, code } = describeError(query.error, t);
    return (
      <Paper withBorder p="sm" role="alert">
        <Stack gap={4} align="flex-start">
          <Text size="sm">{message}</Text>
          {code && (
            <Text size="xs" c="dimmed">
              {code}
            </Text>
          )}
          <Button size="xs" variant="outline" onClick={() => void query.refetch()} loading={query.isFetching}>
            {t('actions.retry')}
          </Button>
        </Stack>
      </Paper>
    );
  }
  const data = query.data;
  const empty = isEmpty ? isEmpty(data) : Array.isArray(data) && data.length === 0;
  if (empty) {
    return (
      <Text size="sm" c="dimmed">
        {emptyText}
      </Text>
    );
  }
  return <>{children(data)}</>;
}
