import { useTranslation } from 'react-i18next';
import { registerMessages } from '../../i18n/register-messages';
import { targetingMessages } from './messages';

export const TARGETING_NS = 'targeting';
registerMessages(TARGETING_NS, targetingMessages);

/** `t` bound to the `targeting` namespace. */
export function useTargetingT() {
  return useTranslation(TARGETING_NS).t;
}
