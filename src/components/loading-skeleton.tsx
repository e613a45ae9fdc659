import { Skeleton, Stack, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface LoadingSkeletonProps {
  rows?: number;
  /** Announced to screen readers; defaults to "Loading…". */
  label?: string;
}

/** Placeholder rows in the shape of a list, so the page doesn't jump when data arrives. */
export function LoadingSkeleton({ rows = 5, label }: LoadingSkeletonProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" role="status" aria-live="polite" aria-busy="true" data-testid="loading-skeleton">
      <VisuallyHidden>{label ?? t('state.loading')}</VisuallyHidden>
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} height={36} radius="sm" />
      ))}
    </Stack>
  );
}
