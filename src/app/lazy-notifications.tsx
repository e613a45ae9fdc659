import { useNotifications } from '@mantine/notifications';
import { lazy, Suspense, useState } from 'react';

const NotificationsHost = lazy(() => import('./notifications-host').then((m) => ({ default: m.NotificationsHost })));

/**
 * Mounts the notification stack when the first notification is shown, so its code and
 * CSS (transitions, 8 kB gzip) stay off the first screen. `notify` only writes to
 * Mantine's store; the stack, once mounted, shows what is in it and stays mounted so
 * the last notification can animate out.
 */
export function LazyNotifications() {
  const { notifications, queue } = useNotifications();
  const [needed, setNeeded] = useState(false);
  if (!needed && notifications.length + queue.length > 0) setNeeded(true);
  if (!needed) return null;
  return (
    <Suspense fallback={null}>
      <NotificationsHost />
    </Suspense>
  );
}
