import '@mantine/core/styles/Notification.layer.css';
import '@mantine/notifications/styles.layer.css';
import { Notifications } from '@mantine/notifications';

/** Mantine's notification stack, in its own chunk (see LazyNotifications). */
export function NotificationsHost() {
  return <Notifications position="top-right" />;
}
