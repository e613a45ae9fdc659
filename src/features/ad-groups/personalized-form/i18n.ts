import { useTranslation } from 'react-i18next';
import { registerMessages } from '../../../i18n/register-messages';
import { registerRuleMessages } from '../../../i18n/rules';
import { personalizedFormMessages } from './messages';

export const PERSONALIZED_FORM_NS = 'personalizedForm';
registerMessages(PERSONALIZED_FORM_NS, personalizedFormMessages);
registerRuleMessages();

export function usePersonalizedT() {
  return useTranslation(PERSONALIZED_FORM_NS).t;
}
