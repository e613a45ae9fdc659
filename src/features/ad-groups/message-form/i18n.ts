import { useTranslation } from 'react-i18next';
import { registerMessages } from '../../../i18n/register-messages';
import { registerRuleMessages } from '../../../i18n/rules';
import { messageFormMessages } from './messages';

export const MESSAGE_FORM_NS = 'messageForm';
registerMessages(MESSAGE_FORM_NS, messageFormMessages);
registerRuleMessages();

export function useMessageT() {
  return useTranslation(MESSAGE_FORM_NS).t;
}
