import { Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailSection } from './detail-layout';
import classes from './detail.module.css';
import { AD_GROUP_DETAIL_NAMESPACE } from './messages';

/** For power users: the group as the console holds it, pretty-printed, with a copy button. */
export function RawJsonPanel({ value }: { value: unknown }) {
  const { t } = useTranslation(AD_GROUP_DETAIL_NAMESPACE);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  // Only stringified once opened: a Message group's body is small, a future one may not be.
  const json = useMemo(() => (open ? JSON.stringify(value, null, 2) : ''), [open, value]);

  return (
    <DetailSection title={t('raw.title')} testId="section-raw">
      <Group gap="sm">
        <Button variant="default" size="xs" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
          {open ? t('raw.hide') : t('raw.show')}
        </Button>
        {open && (
          <CopyButton value={json}>
            {({ copied, copy }) => (
              <Button variant="light" size="xs" onClick={copy} aria-live="polite">
                {copied ? t('raw.copied') : t('raw.copy')}
              </Button>
            )}
          </CopyButton>
        )}
      </Group>
      <div id={panelId}>
        {open && (
          <Stack gap="xs">
            <Text size="xs" c="gray.7">
              {t('raw.hint')}
            </Text>
            {/* Focusable, so the keyboard can scroll it (axe: scrollable-region-focusable). */}
            <Code block className={classes.json} tabIndex={0} data-testid="raw-json">
              {json}
            </Code>
          </Stack>
        )}
      </div>
    </DetailSection>
  );
}
