import { authEn } from './messages-en';
import { authKo } from './messages-ko';

/** The `auth` namespace (registered in ./i18n.ts); pure data for the key-parity test. */
export const authMessages = { ko: authKo, en: authEn };
