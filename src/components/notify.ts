import { notifications, type NotificationData } from '@mantine/notifications';
import i18next from 'i18next';

/**
 * Every notification goes through here so its close button has a translated name
 * (axe "button-name": Mantine's close button is an icon only).
 */
export function notify(data: NotificationData): string {
  return notifications.show({
    ...data,
    closeButtonProps: { 'aria-label': i18next.t('actions.close'), ...data.closeButtonProps },
  });
}
