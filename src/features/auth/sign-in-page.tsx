import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { signInHref } from './auth-session';
import { useAuthT } from './i18n';

/** Business sign-in mode without a session: one way in, back to the page asked for. */
export function SignInPage() {
  const t = useAuthT();
  return (
    <Paper withBorder p="xl" maw={560} mx="auto" mt="xl">
      <Stack gap="md" align="flex-start">
        <Title order={1} size="h2">
          {t('signIn.title')}
        </Title>
        <Text>{t('signIn.lead')}</Text>
        {/* A plain link: sign-in is a full-page trip to Kakao's consent screen. */}
        <Button component="a" href={signInHref()} size="md">
          {t('signIn.button')}
        </Button>
      </Stack>
    </Paper>
  );
}
