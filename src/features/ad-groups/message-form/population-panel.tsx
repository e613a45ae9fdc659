import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../components/describe-error';
import type { PopulationScore } from '../api/use-population-score';
import { useMessageT } from './i18n';

/**
 * The live estimate. While a new one is on its way the previous number stays, and a
 * status line says so; a failure shows Kakao's detailMsg with a retry.
 */
export function PopulationPanel({ population }: { population: PopulationScore }) {
  const t = useMessageT();
  const { t: common } = useTranslation();
  const { score, stale, error } = population;
  const failure = error ? describeError(error, common) : null;
  return (
    <Stack gap={4} role="group" aria-label={t('population.title')} data-testid="population">
      <Text size="sm" c="gray.8">
        {t('population.title')}
      </Text>
      <Group gap="xs">
        <Text fw={700} size="lg" c={stale ? 'gray.7' : undefined} data-stale={stale || undefined}>
          {score === null ? t('population.none') : t('population.value', { count: score })}
        </Text>
        {stale && <Loader size="xs" aria-hidden />}
      </Group>
      <Text size="xs" c="gray.8" role="status" aria-live="polite">
        {stale ? `${t('population.updating')} ${score === null ? '' : t('population.staleNote')}` : ''}
      </Text>
      {failure && (
        <Alert color="red" role="alert" title={t('population.error')}>
          <Text size="sm" lang={failure.lang}>
            {failure.message}
          </Text>
          <Button mt="xs" size="xs" variant="default" onClick={population.retry}>
            {t('population.retry')}
          </Button>
        </Alert>
      )}
    </Stack>
  );
}
