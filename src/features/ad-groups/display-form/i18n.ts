import { useTranslation } from 'react-i18next';
import { registerRuleMessages } from '../../../i18n/rules';
import { registerMessages } from '../../../i18n/register-messages';
import { displayFormMessages } from './messages';

export const DISPLAY_FORM_NS = 'displayForm';
registerMessages(DISPLAY_FORM_NS, displayFormMessages);
registerRuleMessages();

export function useDisplayT() {
  return useTranslation(DISPLAY_FORM_NS).t;
}
