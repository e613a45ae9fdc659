import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../components/anchor-link';
import { useDocumentTitle } from '../components/use-document-title';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <Stack align="flex-start">
      <Title order={1}>{t('notFound.title')}</Title>
      <Text>{t('notFound.message')}</Text>
      <AnchorLink to="/">{t('notFound.home')}</AnchorLink>
    </Stack>
  );
}
