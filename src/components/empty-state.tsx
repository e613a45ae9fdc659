import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export interface EmptyStateProps {
  title: string;
  description?: string;
  /** A next step, e.g. a button to create the first item. */
  action?: ReactNode;
  headingOrder?: 2 | 3;
}

/** Nothing to show yet: says so, and why, instead of an empty table. */
export function EmptyState({ title, description, action, headingOrder = 2 }: EmptyStateProps) {
  return (
    <Paper withBorder p="xl" data-testid="empty-state">
      <Stack gap="xs" align="center" ta="center">
        <Title order={headingOrder} size="h4">
          {title}
        </Title>
        {description && <Text c="dimmed">{description}</Text>}
        {action}
      </Stack>
    </Paper>
  );
}
