import { Text } from '@mantine/core';
import { useWizardT } from '../wizard-kit/i18n';
import type { SubmitOnce } from '../wizard-kit/use-submit-once';

/** The 5-second create/edit limit as a short countdown, never as an error. */
export function SubmitCountdown({ state }: { state: SubmitOnce }) {
  const t = useWizardT();
  const seconds = state.secondsLeft;
  return (
    <Text size="xs" c="gray.8" role="status" aria-live="polite">
      {seconds > 0 ? (state.submitting ? t('cooldown.queued', { seconds }) : t('cooldown.wait', { seconds })) : ''}
    </Text>
  );
}
