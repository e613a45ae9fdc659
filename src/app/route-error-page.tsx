import { Button, Container, Stack, Text, Title } from '@mantine/core';
import type { ErrorComponentProps } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../components/use-document-title';

/**
 * The error boundary of every route: a render bug, or a page chunk that failed to load
 * (often a new deployment), where a reload is the fix. Data errors never get here:
 * pages show those themselves, with a retry.
 */
export function RouteErrorPage({ error }: ErrorComponentProps) {
  const { t } = useTranslation();
  useDocumentTitle(t('routeError.title'));
  return (
    <Stack align="flex-start" role="alert">
      <Title order={1}>{t('routeError.title')}</Title>
      <Text>{t('routeError.message')}</Text>
      {import.meta.env.DEV && (
        <Text size="sm" c="dimmed" ff="monospace">
          {error instanceof Error ? error.message : String(error)}
        </Text>
      )}
      <Button onClick={() => window.location.reload()}>{t('routeError.reload')}</Button>
    </Stack>
  );
}

/** The root route's boundary replaces the whole shell, so it brings its own main landmark. */
export function RootErrorPage(props: ErrorComponentProps) {
  return (
    <Container component="main" size="xl" py="lg">
      <RouteErrorPage {...props} />
    </Container>
  );
}
