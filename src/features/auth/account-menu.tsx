import { Button, Group, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { signOut, useAuthSession } from './auth-session';
import { useAuthT } from './i18n';

/** Header: who the console acts as, and sign-out in business sign-in mode. */
export function AccountMenu() {
  const t = useAuthT();
  const session = useAuthSession();
  const logout = useMutation({
    mutationFn: signOut,
    onSuccess: () => window.location.assign('/'),
    // Shown beside the button (below), not as a second, global notification.
    onError: () => undefined,
  });
  const data = session.data;
  if (data?.mode === 'shared') return <Text size="sm">{t('menu.shared')}</Text>;
  if (data?.mode !== 'business' || !data.signedIn) return null;
  return (
    <Group gap="xs" align="center">
      <Text size="sm">{data.user.name ? t('menu.signedInAs', { name: data.user.name }) : t('menu.signedIn')}</Text>
      <Button variant="default" size="xs" onClick={() => logout.mutate()} loading={logout.isPending}>
        {t('menu.signOut')}
      </Button>
      {logout.isError && (
        <Text size="sm" c="red.9" role="alert">
          {t('menu.signOutFailed')}
        </Text>
      )}
    </Group>
  );
}
