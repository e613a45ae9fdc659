import { Alert, Button, Group, Text } from '@mantine/core';
import { formatDateTime } from '../../../i18n/format';
import { useTranslation } from 'react-i18next';
import { useWizardT } from './i18n';
import { useDraftSavedAt, type DraftControls, type DraftStatusStore } from './use-draft';

/** Offers a stored draft back: "restore" fills the form, "discard" deletes it. */
export function DraftBanner<T>({ draft }: { draft: DraftControls<T> }) {
  const t = useWizardT();
  const { i18n } = useTranslation();
  if (!draft.offered) return null;
  return (
    <Alert color="blue" variant="light" title={t('draft.title')} role="region" aria-label={t('draft.title')}>
      <Text size="sm">{t('draft.body', { time: formatDateTime(draft.offered.savedAt, i18n.language) })}</Text>
      <Group mt="sm" gap="sm">
        <Button size="xs" onClick={draft.restore}>
          {t('draft.restore')}
        </Button>
        <Button size="xs" variant="default" onClick={draft.discard}>
          {t('draft.discard')}
        </Button>
      </Group>
    </Alert>
  );
}

/** "Your work is saved as a draft", shown after the first autosave; re-renders alone. */
export function DraftStatus({ status }: { status: DraftStatusStore }) {
  const t = useWizardT();
  const savedAt = useDraftSavedAt(status);
  return (
    <Text size="xs" c="gray.8" role="status" aria-live="polite">
      {savedAt === null ? '' : t('draft.saved')}
    </Text>
  );
}
