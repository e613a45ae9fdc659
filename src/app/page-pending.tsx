import { LoadingSkeleton } from '../components/loading-skeleton';
import { useTranslation } from 'react-i18next';

/** Shown while a page's code chunk loads (the router's pending state). */
export function PagePending() {
  const { t } = useTranslation();
  return <LoadingSkeleton rows={4} label={t('app.loadingPage')} />;
}
