import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** "Page · Moment Console", translated, so each page is announced and bookmarked by name. */
export function useDocumentTitle(pageTitle: string | null | undefined): void {
  const { t } = useTranslation();
  const appName = t('app.name');
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} · ${appName}` : appName;
  }, [pageTitle, appName]);
}
