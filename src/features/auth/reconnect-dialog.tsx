import { Button, Modal, Stack, Text } from '@mantine/core';
import { signInHref } from './auth-session';
import { useAuthT } from './i18n';

/**
 * Kakao stopped accepting this session's token mid-work. The page stays mounted under
 * the dialog, and the wizards keep what was typed as a draft, so connecting again in this
 * tab and coming back to the same URL loses nothing.
 */
export function ReconnectDialog() {
  const t = useAuthT();
  return (
    <Modal opened onClose={() => {}} withCloseButton={false} closeOnEscape={false} closeOnClickOutside={false} title={t('reconnect.title')} centered>
      <Stack>
        <Text>{t('reconnect.body')}</Text>
        <Button component="a" href={signInHref()} data-autofocus>
          {t('reconnect.button')}
        </Button>
      </Stack>
    </Modal>
  );
}
