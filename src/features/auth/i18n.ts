import { useTranslation } from 'react-i18next';
import { registerMessages } from '../../i18n/register-messages';
import { authMessages } from './messages';

export const AUTH_NS = 'auth';
registerMessages(AUTH_NS, authMessages);

/** `t` bound to the `auth` namespace. */
export function useAuthT() {
  return useTranslation(AUTH_NS).t;
}
