import { useTranslation } from 'react-i18next';
import { registerMessages } from '../../../i18n/register-messages';
import { wizardMessages } from './messages';

export const WIZARD_NS = 'wizard';
registerMessages(WIZARD_NS, wizardMessages);

export function useWizardT() {
  return useTranslation(WIZARD_NS).t;
}
