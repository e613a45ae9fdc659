import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeError } from './describe-error';

export interface ErrorStateProps {
  error: unknown;
  /** Shown as a Retry button; usually the query's `refetch`. */
  onRetry?: () => void;
  retrying?: boolean;
  /** Heading level of the title inside the page (the page's h1 stays the page's). */
  headingOrder?: 2 | 3;
}

/** A failed load: what went wrong, in words the user can act on, and a way to try again. */
export function ErrorState({ error, onRetry, retrying = false, headingOrder = 2 }: ErrorStateProps) {
  const { t } = useTranslation();
  const { message, code, lang } = describeError(error, t);
  return (
    <Paper withBorder p="lg" role="alert" data-testid="error-state">
      <Stack gap="xs" align="flex-start">
        <Title order={headingOrder} size="h4">
          {t('errors.title')}
        </Title>
        <Text lang={lang}>{message}</Text>
        {code && (
          <Text size="sm" c="dimmed">
            {code}
          </Text>
        )}
        {onRetry && (
          <Button variant="outline" onClick={onRetry} loading={retrying} mt="xs">
            {t('actions.retry')}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
