import { Button, Code, Collapse, Stack } from '@mantine/core';
import { useId, useState } from 'react';
import { compactJson } from './compact-json';
import { useWizardT } from './i18n';

/** The exact request body, collapsed by default, for advertisers who check what is sent. */
export function RequestPreview({ body }: { body: unknown }) {
  const t = useWizardT();
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <Stack gap="xs">
      <Button
        variant="default"
        size="compact-sm"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
        style={{ alignSelf: 'flex-start' }}
      >
        {open ? t('request.hide') : t('request.show')}
      </Button>
      <Collapse expanded={open} id={id}>
        <div role="region" aria-label={t('request.label')}>
          {/* Focusable: a long body scrolls, and keyboard users must be able to scroll it. */}
          <Code block tabIndex={0} data-testid="request-body">
            {compactJson(body)}
          </Code>
        </div>
      </Collapse>
    </Stack>
  );
}
