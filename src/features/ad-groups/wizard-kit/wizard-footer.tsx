import { Stack, Text } from '@mantine/core';
import { DraftStatus } from './draft-banner';
import { useWizardT } from './i18n';
import type { DraftStatusStore } from './use-draft';
import type { SubmitOnce } from './use-submit-once';

/** The 5-second create/edit limit as a short countdown, never as an error. */
function SubmitCountdown({ state }: { state: SubmitOnce }) {
  const t = useWizardT();
  const seconds = state.secondsLeft;
  return (
    <Text size="xs" c="gray.8" role="status" aria-live="polite">
      {seconds > 0 ? (state.submitting ? t('cooldown.queued', { seconds }) : t('cooldown.wait', { seconds })) : ''}
    </Text>
  );
}

/** Beside the submit button of every wizard: the rate-limit countdown and when the draft was saved. */
export function WizardFooter({ submitOnce, draftStatus }: { submitOnce: SubmitOnce; draftStatus: DraftStatusStore }) {
  return (
    <Stack gap={0} align="flex-end">
      <SubmitCountdown state={submitOnce} />
      <DraftStatus status={draftStatus} />
    </Stack>
  );
}
