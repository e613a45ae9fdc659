import { useTranslation } from 'react-i18next';
import { registerMessages } from '../../i18n/register-messages';
import { historyEn } from './messages-en';
import { historyKo } from './messages-ko';

/** Namespace `history`: the change history and undo, in their own chunk. */
export const HISTORY_NAMESPACE = 'history';

registerMessages(HISTORY_NAMESPACE, { ko: historyKo, en: historyEn });

export function useHistoryT() {
  return useTranslation(HISTORY_NAMESPACE).t;
}
